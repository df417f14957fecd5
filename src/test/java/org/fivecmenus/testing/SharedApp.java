package org.fivecmenus.testing;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Boots the application once per test run (a Payara boot costs ~10 s) against the test PostgreSQL and Redis,
 * and hands it to every test class that asks for a {@link DeployedApp} or {@link TestServices}.
 */
public class SharedApp implements ParameterResolver {

    private record Running(TestServices services, VendorStub vendors, DeployedApp app)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            app.close();
            vendors.close();
        }
    }

    /**
     * The clock of the shared application starts on 2025-12-03, the week of the Pomona captures, and its date
     * window reaches back to the Sodexo and forward to the Bon Appétit captures.
     */
    public static final Map<String, String> CAPTURE_WEEK = Map.of(
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

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DeployedApp.class || type == TestServices.class || type == VendorStub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedApp.class, key -> boot(), Running.class);
        Class<?> type = parameter.getParameter().getType();
        return type == DeployedApp.class ? running.app() : type == VendorStub.class ? running.vendors() : running.services();
    }

    private static Running boot() {
        TestServices services = TestServices.fromEnvironment().requireRunningAndReset();
        VendorStub vendors = VendorStub.start();
        try {
            Map<String, String> env = new java.util.HashMap<>(vendors.environment());
            env.putAll(CAPTURE_WEEK);
            env.put("ADMIN_ACCOUNTS", AdminSession.ACCOUNTS);
            return new Running(services, vendors, DeployedApp.startWithServices("shared", services, env));
        } catch (RuntimeException e) {
            vendors.close();
            throw e;
        }
    }
}
