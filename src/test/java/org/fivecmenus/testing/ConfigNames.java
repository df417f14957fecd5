package org.fivecmenus.testing;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's configuration written the way the tests write it (environment variables, {@code
 * MENUS_WINDOW_PAST_DAYS}) turned into the property names it reads ({@code menus.window.past-days}), for a
 * system-properties file. MicroProfile Config maps a property to its environment variable, not back, and a
 * dash and a dot both become {@code _}: so the names are the application's own {@code @ConfigProperty} names,
 * read from its classes, and an unknown variable fails rather than being silently ignored.
 */
public final class ConfigNames {

    /** Sources are looked up by hall id ({@code upstream.HallSources}), not injected. */
    private static final Pattern HALL = Pattern.compile("HALL_([A-Z0-9]+)_(SOURCE|PAGE)");
    private static final Map<String, String> BY_ENVIRONMENT_NAME = injectedNames().stream()
            .collect(Collectors.toMap(ConfigNames::environmentName, name -> name, (a, b) -> a, TreeMap::new));

    private ConfigNames() {
    }

    /** MicroProfile Config's rule: every character other than a letter or digit becomes {@code _}, upper case. */
    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static String propertyName(String environmentName) {
        Matcher hall = HALL.matcher(environmentName);
        if (hall.matches()) {
            return "hall." + hall.group(1).toLowerCase(Locale.ROOT) + "." + hall.group(2).toLowerCase(Locale.ROOT);
        }
        String name = BY_ENVIRONMENT_NAME.get(environmentName);
        if (name == null) {
            throw new IllegalArgumentException(environmentName + " is not a setting of the application");
        }
        return name;
    }

    /** The application's defaults: its {@code microprofile-config.properties}, the one place they are written. */
    public static Properties defaults() {
        Properties defaults = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return defaults;
    }

    /** A setting's default, e.g. {@code admin.sign-in.first-wait}; fails for one that has none. */
    public static String defaultOf(String property) {
        String value = defaults().getProperty(property);
        if (value == null) {
            throw new IllegalArgumentException(property + " has no default in microprofile-config.properties");
        }
        return value;
    }

    public static Properties asProperties(Map<String, String> environment) {
        Properties properties = new Properties();
        environment.forEach((key, value) -> properties.setProperty(propertyName(key), value));
        return properties;
    }

    private static Set<String> injectedNames() {
        // The application's own classes are all it takes. Resolving what they refer to (Jakarta, MicroProfile,
        // the JDK) from the class path names nothing more and cost 3 s in every test JVM that writes a
        // configuration; the setting is ArchUnit's global one, so it is put back.
        ArchConfiguration archUnit = ArchConfiguration.get();
        boolean resolving = archUnit.resolveMissingDependenciesFromClassPath();
        archUnit.setResolveMissingDependenciesFromClassPath(false);
        JavaClasses classes;
        try {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.fivecmenus");
        } finally {
            archUnit.setResolveMissingDependenciesFromClassPath(resolving);
        }
        return classes.stream().flatMap(c -> Stream.concat(
                        c.getFields().stream().flatMap(f -> f.getAnnotations().stream()),
                        c.getCodeUnits().stream().flatMap(u -> u.getParameters().stream())
                                .flatMap(p -> p.getAnnotations().stream())))
                .filter(a -> a.getRawType().isEquivalentTo(ConfigProperty.class))
                .map(ConfigNames::name).collect(Collectors.toSet());
    }

    private static String name(JavaAnnotation<?> annotation) {
        return (String) annotation.get("name").orElseThrow();
    }
}
