package org.fivecmenus.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's check for dead code: every public method of the application is used by the application. A method
 * only tests call is a second way of doing something, kept alive by its own test; delete it with its test.
 * Used means called or referenced from main code, or reached by a framework: it overrides a method the framework
 * calls, carries an annotation (a resource method, a producer, a lifecycle callback), is a record's component (read
 * by JSON-B and the templates) or is read by a template by name.
 */
class UnusedMethodsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.fivecmenus");
    private static final Path TEMPLATES = Path.of("src/main/webapp/WEB-INF/templates");
    /** A property or method read in a template expression: {@code ${h.lastError()}}, {@code ${a.action}}. */
    private static final Pattern TEMPLATE_READ = Pattern.compile("\\.([a-zA-Z_][a-zA-Z0-9_]*)");

    /** Public methods main does not call, each with the reason it stays. */
    private static final Map<String, String> USED_FROM_OUTSIDE = Map.ofEntries(
            Map.entry("org.fivecmenus.admin.PasswordHashes#main",
                    "the operator's tool to hash an admin password (README)"),
            // A failure's typed fields: the app logs its message, the tests of the code that throws it assert which
            // failure it is; without them those tests would match message text.
            Map.entry("org.fivecmenus.upstream.VendorException#vendor", "a failure's typed field"),
            Map.entry("org.fivecmenus.upstream.VendorException#failure", "a failure's typed field"),
            Map.entry("org.fivecmenus.upstream.VendorException#status", "a failure's typed field"),
            Map.entry("org.fivecmenus.upstream.MenuParseException#vendor", "a failure's typed field"),
            Map.entry("org.fivecmenus.upstream.MenuParseException#problem", "a failure's typed field"),
            Map.entry("org.fivecmenus.campus.CampusFile$Mistakes#mistakes", "a failure's typed field: the mistakes "
                    + "one by one, as its message lists them"));

    @Test
    void everyPublicMethodIsUsedByTheApplication() throws IOException {
        Set<String> readByTemplates = readByTemplates();
        List<String> unused = new ArrayList<>();
        for (JavaClass type : MAIN) {
            for (JavaMethod method : type.getMethods()) {
                String name = type.getName() + "#" + method.getName();
                if (isPublicAndWritten(method) && method.getAccessesToSelf().isEmpty() && method.getAnnotations().isEmpty()
                        && !overrides(type, method) && !isRecordComponent(type, method)
                        && !readByTemplates.contains(property(method.getName()))
                        && !USED_FROM_OUTSIDE.containsKey(name)) {
                    unused.add(name);
                }
            }
        }
        assertThat(unused).as("public methods nothing in main uses: delete them (and their tests), or, if something "
                + "outside the application calls one, list it with the reason").isEmpty();
    }

    private static boolean isPublicAndWritten(JavaMethod method) {
        Set<JavaModifier> modifiers = method.getModifiers();
        boolean generated = modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)
                || method.getOwner().isEnum() && (method.getName().equals("values") || method.getName().equals("valueOf"));
        return modifiers.contains(JavaModifier.PUBLIC) && !generated;
    }

    private static boolean overrides(JavaClass type, JavaMethod method) {
        String[] parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
        return Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
                .anyMatch(s -> s.tryGetMethod(method.getName(), parameters).isPresent());
    }

    private static boolean isRecordComponent(JavaClass type, JavaMethod method) {
        return type.isRecord() && method.getRawParameterTypes().isEmpty()
                && type.tryGetField(method.getName()).isPresent();
    }

    /** {@code getAction} and {@code isOpen} are read as {@code action} and {@code open}. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return method;
    }

    private static Set<String> readByTemplates() throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher expression = Pattern.compile("\\$\\{([^}]*)}").matcher(Files.readString(file));
                while (expression.find()) {
                    Matcher read = TEMPLATE_READ.matcher(expression.group(1));
                    while (read.find()) {
                        names.add(read.group(1));
                    }
                }
            }
        }
        return names;
    }
}
