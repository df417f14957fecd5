package org.fivecmenus.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrators, from configuration: {@code admin.accounts} (ADMIN_ACCOUNTS) holds comma-separated
 * {@code user:pbkdf2-sha256$…} entries made by {@link PasswordHashes}. There is no default account: without the
 * variable nobody can sign in.
 */
@ApplicationScoped
public class AdminAccounts {

    public static final String ROLE = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccounts.class.getName());
    /** Compared against when the user is unknown, so a wrong name costs as long as a wrong password. */
    private static final String DUMMY = PasswordHashes.hash("no-such-user-padding".toCharArray());

    @Inject
    @ConfigProperty(name = "admin.accounts")
    Optional<String> configured;

    private Map<String, String> accounts = Map.of();

    @PostConstruct
    void load() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String entry : configured.orElse("").split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (trimmed.isEmpty()) {
                continue;
            }
            if (colon <= 0 || !trimmed.substring(colon + 1).startsWith(PasswordHashes.SCHEME + "$")) {
                LOG.severe("ADMIN_ACCOUNTS has an entry that is not user:" + PasswordHashes.SCHEME + "$…; ignored");
                continue;
            }
            parsed.put(trimmed.substring(0, colon).toLowerCase(java.util.Locale.ROOT), trimmed.substring(colon + 1));
        }
        accounts = Map.copyOf(parsed);
        if (accounts.isEmpty()) {
            LOG.warning("No admin accounts (ADMIN_ACCOUNTS is empty): the admin area accepts no sign-in");
        }
    }

    public boolean any() {
        return !accounts.isEmpty();
    }

    /** Whether the password is the user's (any case of the name). Takes as long for an unknown user. */
    public boolean matches(String user, String password) {
        String stored = accounts.get(user.strip().toLowerCase(java.util.Locale.ROOT));
        boolean valid = PasswordHashes.matches(password.toCharArray(), stored == null ? DUMMY : stored);
        return valid && stored != null;
    }
}
