package org.fivecmenus.testing;

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
            return new Running(services, vendors, DeployedApp.start("shared", AppConfig.onCaptureWeek(vendors,
                    services)));
        } catch (RuntimeException e) {
            vendors.close();
            throw e;
        }
    }
}
