package org.fivecmenus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The set-up of a test class that Arquillian deploys into Payara Micro ({@link InContainerTest}): before
 * Arquillian starts the server, this writes the application's configuration to the system-properties file that
 * {@code arquillian.xml} hands to Payara Micro. The application runs on the capture week against the test
 * PostgreSQL in a schema of its own for the class, Redis database 12 (the shared application's is 13), and a
 * vendor stub of its own; {@link AppSettings} on the class add to that or take away.
 *
 * <p>It hands the test its {@link App} (the deployment's URL on loopback), the {@link VendorStub} and the
 * {@link TestServices}.
 */
public final class InContainer implements BeforeAllCallback, ParameterResolver {

    /** Named in src/test/resources/arquillian.xml. */
    static final Path SYSTEM_PROPERTIES = Paths.get("target", "arquillian", "app.properties");
    private static final int REDIS_DATABASE = 12;

    private record Vendors(VendorStub stub) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            stub.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        VendorStub vendors = vendors(context);
        String schema = "arq_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        TestServices services = TestServices.fromEnvironment().withRedisDatabase(REDIS_DATABASE)
                .isolatedWithRedis(schema);
        context.getStore(ExtensionContext.Namespace.create(InContainer.class)).put(TestServices.class, services);

        AppConfig config = AppConfig.onCaptureWeek(vendors, services);
        AppSettings settings = context.getRequiredTestClass().getAnnotation(AppSettings.class);
        if (settings != null) {
            for (String setting : settings.value()) {
                int equals = setting.indexOf('=');
                config = config.with(setting.substring(0, equals), setting.substring(equals + 1));
            }
            config = config.without(settings.without());
            if (!settings.campus().isEmpty()) {
                config = config.with("CAMPUS_FILE", campusFile(settings.campus(), vendors, schema).toString());
            }
        }
        write(ConfigNames.asProperties(config.variables()));
        DeployedApp.writePreboot();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == App.class || type == VendorStub.class || type == TestServices.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == VendorStub.class) {
            return vendors(context);
        }
        if (type == TestServices.class) {
            return context.getStore(ExtensionContext.Namespace.create(InContainer.class)).get(TestServices.class);
        }
        // Read when a request is made: Arquillian sets the deployment's URL on the instance after it is made.
        return (App) path -> URI.create("http://127.0.0.1:" + base(context).getPort() + path);
    }

    private static VendorStub vendors(ExtensionContext context) {
        // One per class, like the application (made in beforeAll, seen by the class's methods through the
        // store's parent lookup): a class counts the calls its own application makes.
        return context.getStore(ExtensionContext.Namespace.create(InContainer.class))
                .getOrComputeIfAbsent(Vendors.class, key -> new Vendors(VendorStub.start()), Vendors.class).stub();
    }

    /** The URL Arquillian injected into the test's {@code @ArquillianResource} field. */
    private static URL base(ExtensionContext context) {
        Object test = context.getRequiredTestInstance();
        URL url = test instanceof InContainerTest deployed ? deployed.deployment() : null;
        if (url == null) {
            throw new IllegalStateException("Arquillian has not deployed " + test.getClass().getSimpleName());
        }
        return url;
    }

    /** The test campus, its sources pointing at the stub, written where the application reads it. */
    private static Path campusFile(String name, VendorStub vendors, String schema) {
        try {
            String file = Files.readString(Paths.get("src", "test", "resources", "campus", name))
                    .replace(VendorStub.IN_CAMPUS_FILES, vendors.base());
            Path written = SYSTEM_PROPERTIES.resolveSibling(schema + "-" + name).toAbsolutePath();
            Files.createDirectories(written.getParent());
            return Files.writeString(written, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Properties properties) {
        try {
            Files.createDirectories(SYSTEM_PROPERTIES.getParent());
            try (Writer out = Files.newBufferedWriter(SYSTEM_PROPERTIES)) {
                properties.store(out, "Written by InContainer for the next Arquillian deployment");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
