package org.fivecmenus.testing;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The configuration of an application under test, written as the environment variables an operator would set: the
 * one object both harnesses start from. {@link InContainer} writes it as the system properties Arquillian hands to
 * Payara Micro; {@link DeployedApp} passes it to the process it starts. Immutable: each change makes another.
 */
public final class AppConfig {

    /**
     * The capture week: the clock starts on 2025-12-03, the week of the Pomona captures, and the date window reaches
     * back to the Sodexo and forward to the Bon Appétit captures.
     */
    static final Map<String, String> CAPTURE_WEEK = Map.of(
            "MENUS_CLOCK_START", "2025-12-03T12:00:00-08:00",
            "MENUS_WINDOW_PAST_DAYS", "30",
            "MENUS_WINDOW_FUTURE_DAYS", "90",
            "VENDOR_TIMEOUT", "PT2S",
            "MENUS_WAIT_TIMEOUT", "PT6S",
            // Tests count vendor calls and change what a vendor answers: reading ahead would add calls of its own,
            // and a weekly feed reused for two minutes would hide a change. Both are tested in FreshnessIT.
            "MENUS_PREFETCH_DAYS", "0",
            // Today's menus loaded at start would add calls too; ColdStartIT tests it.
            "MENUS_WARM_UP", "false",
            "VENDOR_FEED_REUSE", "PT0S");

    private final Map<String, String> variables;

    private AppConfig(Map<String, String> variables) {
        this.variables = Collections.unmodifiableMap(new HashMap<>(variables));
    }

    /** Exactly these variables: the application's defaults (the embedded H2, no Redis) for the rest. */
    public static AppConfig of(Map<String, String> variables) {
        return new AppConfig(variables);
    }

    /**
     * What the integration tests' applications run on: the capture week, the vendor stub's sources, the test admin,
     * and the database and Redis of {@code services}.
     */
    public static AppConfig onCaptureWeek(VendorStub vendors, TestServices services) {
        return onCaptureWeek(vendors).withServices(services);
    }

    /** The same on the application's embedded defaults: H2 and no Redis. */
    public static AppConfig onCaptureWeek(VendorStub vendors) {
        Map<String, String> variables = new HashMap<>(vendors.environment());
        variables.putAll(CAPTURE_WEEK);
        variables.put("ADMIN_ACCOUNTS", AdminSession.ACCOUNTS);
        return new AppConfig(variables);
    }

    /** This configuration on the database and Redis of {@code services}. */
    public AppConfig withServices(TestServices services) {
        return with(Map.of("DB_URL", services.dbUrl(), "DB_USER", services.dbUser(), "DB_PASSWORD",
                services.dbPassword(), "REDIS_URL", services.redisUrl()));
    }

    /** With this variable set; a null value removes it (the application's default applies). */
    public AppConfig with(String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new AppConfig(changed);
    }

    /** With these variables set; a null value removes one. */
    public AppConfig with(Map<String, String> changes) {
        AppConfig changed = this;
        for (Map.Entry<String, String> change : changes.entrySet()) {
            changed = changed.with(change.getKey(), change.getValue());
        }
        return changed;
    }

    /** Without these variables: the application's defaults for them. */
    public AppConfig without(String... names) {
        AppConfig changed = this;
        for (String name : names) {
            changed = changed.with(name, null);
        }
        return changed;
    }

    public Map<String, String> variables() {
        return variables;
    }

    @Override
    public String toString() {
        return "AppConfig" + variables.keySet();
    }
}
