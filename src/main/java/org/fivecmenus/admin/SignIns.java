package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fivecmenus.database.Database;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.signing.Signer;

/**
 * Admin sign-ins, kept in the database every instance shares, so a signed-in admin may be answered by any
 * instance (no sticky sessions, no HTTP sessions at all). A sign-in ends after an hour unused or twelve hours
 * in all; each admin keeps at most a few at once, so nobody can make the table grow.
 */
@ApplicationScoped
public class SignIns {

    static final Duration IDLE = Duration.ofMinutes(60);
    static final Duration LONGEST = Duration.ofHours(12);
    static final int PER_USER = 5;
    /** "Last used" is written at most this often: a page view should not always cost a write. */
    static final Duration SEEN_STEP = Duration.ofMinutes(1);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** The signed-in admin of a request. */
    public record Current(String user, String csrfToken) {
    }

    @Inject
    Database database;

    @Inject
    Clock clock;

    /** Signs the user in: the token for the cookie. Older sign-ins beyond the few kept are ended. */
    public String start(String user) {
        String token = Signer.random();
        OffsetDateTime now = now();
        database.transaction(em -> {
            em.createNamedQuery(SignIn.ENDED).setParameter("idleSince", now.minus(IDLE))
                    .setParameter("startedBefore", now.minus(LONGEST)).executeUpdate();
            List<SignIn> existing = em.createNamedQuery(SignIn.OF_USER, SignIn.class).setParameter("user", user)
                    .getResultList();
            existing.stream().skip(PER_USER - 1).forEach(em::remove);
            em.persist(new SignIn(hash(token), user, Signer.random(), now));
        });
        return token;
    }

    /** The sign-in a cookie's token stands for, if it is one and has not ended. */
    public Optional<Current> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        SignIn found = database.read(em -> em.find(SignIn.class, hash(token)));
        if (found == null || found.getSeenAt().isBefore(now.minus(IDLE))
                || found.getCreatedAt().isBefore(now.minus(LONGEST))) {
            return Optional.empty();
        }
        if (found.getSeenAt().isBefore(now.minus(SEEN_STEP))) {
            database.transaction(em -> {
                SignIn row = em.find(SignIn.class, hash(token));
                if (row != null) {
                    row.seen(now);
                }
            });
        }
        return Optional.of(new Current(found.getUsername(), found.getCsrfToken()));
    }

    public void end(String token) {
        if (token != null && TOKEN.matcher(token).matches()) {
            database.transaction(em -> {
                SignIn row = em.find(SignIn.class, hash(token));
                if (row != null) {
                    em.remove(row);
                }
            });
        }
    }


    private static String hash(String token) {
        return Prepared.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
