package org.fivecmenus.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The JVM and Payara Micro flags are written once in {@code src/main/payara/} (read by the Dockerfile and the
 * benchmarks) and once more in the pom for the run command, which cannot read a file: they must agree.
 */
class RunOptionsTest {

    @Test
    void theRunCommandUsesTheFlagsOfTheDockerImageAndTheBenchmarks() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element plugin = plugin(pom, "payara-micro-maven-plugin");

        assertThat(values(plugin, "javaCommandLineOptions"))
                .containsExactlyElementsOf(lines("src/main/payara/jvm.options"));
        List<String> micro = values(plugin, "commandLineOptions");
        assertThat(micro).endsWith("--prebootcommandfile", "${project.basedir}/src/main/payara/preboot.asadmin",
                "--port", "8080");
        assertThat(micro.subList(0, micro.size() - 4)).containsExactlyElementsOf(lines("src/main/payara/micro.options"));
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (artifactId.equals(plugin.getElementsByTagName("artifactId").item(0).getTextContent())) {
                return plugin;
            }
        }
        throw new AssertionError("No " + artifactId + " in pom.xml");
    }

    /** Each option's key then its value, in order, as the plugin passes them. */
    private static List<String> values(Element plugin, String list) {
        Element options = (Element) plugin.getElementsByTagName(list).item(0);
        List<String> values = new ArrayList<>();
        NodeList each = options.getElementsByTagName("option");
        for (int i = 0; i < each.getLength(); i++) {
            Element option = (Element) each.item(i);
            for (String part : new String[] {"key", "value"}) {
                if (option.getElementsByTagName(part).getLength() > 0) {
                    values.add(option.getElementsByTagName(part).item(0).getTextContent().strip());
                }
            }
        }
        return values;
    }
}
