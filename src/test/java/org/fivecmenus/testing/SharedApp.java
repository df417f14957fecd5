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

    private record Running(TestServices services, DeployedApp app)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            app.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DeployedApp.class || type == TestServices.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedApp.class, key -> boot(), Running.class);
        return parameter.getParameter().getType() == DeployedApp.class ? running.app() : running.services();
    }

    private static Running boot() {
        TestServices services = TestServices.fromEnvironment().requireRunningAndReset();
        return new Running(services, DeployedApp.startWithServices("shared", services, Map.of()));
    }
}
