package org.fivecmenus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The set-up of the applications that Arquillian deploys into Payara Micro ({@link InContainerTest}): before
 * Arquillian starts a server, this writes the application's configuration to the system-properties file, and
 * its logging to the logging-properties file, that {@code arquillian.xml} hands to Payara Micro.
 *
 * <p>Two kinds of set-up:
 * <ul>
 *   <li>the run's shared deployment, made once for every class without {@link OwnDeployment}: the capture
 *       week against the test PostgreSQL in schema {@code arq_shared}, Redis database 13 and one vendor stub;</li>
 *   <li>a class with {@link OwnDeployment} (or {@link AppSettings}) gets a deployment of its own: a schema named
 *       after the class, Redis database 12, a vendor stub of its own, and the class's settings, if any, added to
 *       or taken from the capture week's.</li>
 * </ul>
 *
 * <p>It hands the test its {@link App} (the deployment's URL on loopback, and its log), the {@link VendorStub}
 * and the {@link TestServices}.
 */
public final class InContainer implements BeforeAllCallback, ParameterResolver {

    /** Named in src/test/resources/arquillian.xml. */
    static final Path SYSTEM_PROPERTIES = Paths.get("target", "arquillian", "app.properties");
    /** Named in src/test/resources/arquillian.xml. */
    static final Path LOGGING_PROPERTIES = Paths.get("target", "arquillian", "logging.properties");
    private static final int SHARED_REDIS_DATABASE = 13;
    private static final int OWN_REDIS_DATABASE = 12;
    /** On the classpath of the shared-deployment run only (the pom's failsafe executions). */
    private static final String SUITE_EXTENSION = "org.eu.ingwar.tools.arquillian.extension.suite.SuiteDeployer";

    /** What one deployment runs against, closed when its scope (the run, or the class) ends. */
    private record Deployment(VendorStub vendors, TestServices services, Path log)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            vendors.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> test = context.getRequiredTestClass();
        AppSettings settings = test.getAnnotation(AppSettings.class);
        if (!AnnotationSupport.isAnnotated(test, OwnDeployment.class)) {
            context.getRoot().getStore(ExtensionContext.Namespace.create(InContainer.class))
                    .getOrComputeIfAbsent(Deployment.class, key -> prepare("arq_shared", SHARED_REDIS_DATABASE,
                            null), Deployment.class);
            return;
        }
        if (sharedDeploymentRun()) {
            throw new IllegalStateException(test.getSimpleName() + " needs a deployment of its own (@OwnDeployment),"
                    + " so it runs in the own-deployments run; this run shares one deployment among all its classes.");
        }
        context.getStore(ExtensionContext.Namespace.create(InContainer.class)).put(Deployment.class,
                prepare("arq_" + test.getSimpleName().toLowerCase(Locale.ROOT), OWN_REDIS_DATABASE, settings));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == App.class || type == VendorStub.class || type == TestServices.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The class's own deployment if it has one, else the run's (the store's lookup goes up to the root).
        Deployment deployment = context.getStore(ExtensionContext.Namespace.create(InContainer.class))
                .get(Deployment.class, Deployment.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == VendorStub.class) {
            return deployment.vendors();
        }
        if (type == TestServices.class) {
            return deployment.services();
        }
        return new Deployed(context, deployment.log());
    }

    /** The URL is read when a request is made: Arquillian sets it on the test instance after making it. */
    private record Deployed(ExtensionContext context, Path logFile) implements App {
        @Override
        public URI uri(String path) {
            Object test = context.getRequiredTestInstance();
            URL url = test instanceof InContainerTest deployed ? deployed.deployment() : null;
            if (url == null) {
                throw new IllegalStateException("Arquillian has not deployed " + test.getClass().getSimpleName());
            }
            return URI.create("http://127.0.0.1:" + url.getPort() + path);
        }

        @Override
        public String log() {
            try {
                return Files.readString(logFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Deployment prepare(String schema, int redisDatabase, AppSettings settings) {
        VendorStub vendors = VendorStub.start();
        TestServices services = TestServices.fromEnvironment().withRedisDatabase(redisDatabase)
                .isolatedWithRedis(schema);
        AppConfig config = AppConfig.onCaptureWeek(vendors, services);
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
        Properties system = ConfigNames.asProperties(config.variables());
        Path log = SYSTEM_PROPERTIES.resolveSibling(schema + ".log").toAbsolutePath();
        write(SYSTEM_PROPERTIES, system, "The application's configuration, for the next Arquillian deployment");
        write(LOGGING_PROPERTIES, logging(log), "The server's log: the console, and a file the tests read");
        DeployedApp.writePreboot();
        return new Deployment(vendors, services, log);
    }

    private static boolean sharedDeploymentRun() {
        try {
            Class.forName(SUITE_EXTENSION, false, InContainer.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Payara Micro's --logproperties: standard java.util.logging settings, in place of its own. */
    private static Properties logging(Path file) {
        Properties logging = new Properties();
        logging.setProperty("handlers", "java.util.logging.ConsoleHandler,java.util.logging.FileHandler");
        logging.setProperty(".level", "INFO");
        logging.setProperty("java.util.logging.FileHandler.pattern", file.toString());
        logging.setProperty("java.util.logging.FileHandler.append", "false");
        logging.setProperty("java.util.logging.FileHandler.encoding", "UTF-8");
        logging.setProperty("java.util.logging.FileHandler.formatter", "java.util.logging.SimpleFormatter");
        // As Payara's console writes a record, so the tests read both logs alike: "[time] [LEVEL] [logger] text".
        logging.setProperty("java.util.logging.SimpleFormatter.format", "[%1$tFT%1$tT.%1$tL%1$tz] [%4$s] [%3$s] %5$s%6$s%n");
        return logging;
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

    private static void write(Path file, Properties properties, String comment) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                properties.store(out, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
