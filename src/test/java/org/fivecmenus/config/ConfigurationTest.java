package org.fivecmenus.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fivecmenus.testing.ConfigNames;
import org.junit.jupiter.api.Test;

/** Every setting's default is said once, in the properties file, and the README's table says the same. */
class ConfigurationTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** The server's own settings, which the README's table of the app's settings does not list. */
    private static final String SERVER_SETTINGS = "mp.";

    @Test
    void everyDefaultInThePropertiesFileIsTheReadmesDefault() throws IOException {
        Map<String, String> readme = readmeDefaults();
        Properties file = ConfigNames.defaults();

        for (String key : file.stringPropertyNames()) {
            if (key.startsWith(SERVER_SETTINGS)) {
                continue;
            }
            assertThat(readme).as("the README's configuration table lists %s (%s)", ConfigNames.environmentName(key), key)
                    .containsEntry(ConfigNames.environmentName(key), file.getProperty(key));
        }
    }

    @Test
    void everyDefaultTheReadmeStatesIsInThePropertiesFile() throws IOException {
        Map<String, String> file = new LinkedHashMap<>();
        ConfigNames.defaults().forEach((key, value) -> file.put(ConfigNames.environmentName((String) key), (String) value));

        assertThat(readmeDefaults()).isNotEmpty().allSatisfy((variable, value) -> assertThat(file)
                .as("microprofile-config.properties holds the README's default of %s", variable)
                .containsEntry(variable, value));
    }

    @Test
    void theCodeNamesKeysButNeverTheirDefaults() throws IOException {
        List<String> defaults = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                // A defaultValue, or a field initialiser behind the annotation (a default for tests is a default).
                Matcher property = Pattern.compile("@ConfigProperty\\([^)]*defaultValue|@ConfigProperty\\([^)]*\\)"
                        + "\\s+[\\w<>, ]+\\s+\\w+\\s*=").matcher(Files.readString(source));
                while (property.find()) {
                    defaults.add(source + ": " + property.group());
                }
            }
        }
        assertThat(defaults).as("a default belongs in microprofile-config.properties").isEmpty();
    }


    /**
     * The rows of the README's configuration table whose default is a value: {@code | `A`, `B` | `1`, `2` | …}
     * gives A=1 and B=2. A default described in words ("*(unset)*", "the hall's source") states no value.
     */
    private static Map<String, String> readmeDefaults() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String line : section.lines().filter(l -> l.startsWith("| `")).toList()) {
            String[] cells = line.split("(?<!\\\\)\\|");
            String stated = cells[2].strip();
            if (!stated.startsWith("`")) {
                continue;
            }
            List<String> names = codes(cells[1]);
            List<String> values = codes(stated);
            assertThat(values).as("one default per variable in: %s", line).hasSameSizeAs(names);
            for (int i = 0; i < names.size(); i++) {
                defaults.put(names.get(i), values.get(i));
            }
        }
        return defaults;
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cell);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return codes;
    }
}
