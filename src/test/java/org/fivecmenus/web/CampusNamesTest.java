package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.fivecmenus.campus.Campus;
import org.junit.jupiter.api.Test;

/** The manifest, the service worker and the API description name the campus of the campus file. */
class CampusNamesTest {

    private static final Campus NORTHFIELD = new Campus("Northfield \"Eats\"", "Northfield College",
            ZoneId.of("America/Chicago"), Optional.empty(), List.of());

    private static byte[] staticFile(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/main/webapp/static", name));
    }

    @Test
    void theManifestIsValidJsonWithTheCampussNameAndPlace() throws IOException {
        byte[] named = Assets.named(staticFile("manifest.webmanifest"), NORTHFIELD);

        JsonObject manifest = Json.createReader(new ByteArrayInputStream(named)).readObject();
        assertThat(manifest.getString("name")).isEqualTo("Northfield \"Eats\"");
        assertThat(manifest.getString("short_name")).isEqualTo("Northfield \"Eats\"");
        assertThat(manifest.getString("description")).contains("Northfield College").doesNotContain("Claremont");
        assertThat(new String(named, StandardCharsets.UTF_8)).doesNotContain("{{").doesNotContain("5C");
    }

    @Test
    void calendarAndFeedIdentifiersTakeATokenOfTheNameSoClaremontsStayAsTheyWere() {
        assertThat(NORTHFIELD.token()).isEqualTo("northfieldeats");
        assertThat(new Campus("5C Menus", "the Claremont Colleges", ZoneId.of("America/Los_Angeles"),
                Optional.empty(), List.of()).token()).isEqualTo("5cmenus");
        assertThat(new Campus("Cafés Québec", "x", ZoneId.of("America/Toronto"), Optional.empty(), List.of()).token())
                .isEqualTo("cafesquebec");
        assertThat(new Campus("—", "x", ZoneId.of("America/Toronto"), Optional.empty(), List.of()).token())
                .isEqualTo("menus");
    }

    @Test
    void theIconsDrawNoLettersSoTheySuitAnyCampus() throws IOException {
        String svg = new String(staticFile("icon.svg"), StandardCharsets.UTF_8);

        assertThat(svg).startsWith("<svg").doesNotContain("<text").doesNotContain("5C");
    }

    @Test
    void theServiceWorkerGetsTheNameAsAStringLiteral() throws IOException {
        String worker = new String(Assets.named(staticFile("sw.js"), NORTHFIELD), StandardCharsets.UTF_8);

        assertThat(worker).contains("const SITE_NAME = \"Northfield \\\"Eats\\\"\";").doesNotContain("{{campus.");
    }

    @Test
    void aFileWithoutPlaceholdersIsServedAsItIs() throws IOException {
        byte[] css = staticFile("site.css");

        assertThat(Assets.named(css, NORTHFIELD)).isSameAs(css);
    }

    @Test
    void theApiDescriptionTakesTheCampussTitleAndDescriptionInJsonAndYaml() {
        JsonObject built = Json.createObjectBuilder().add("description", "Menus for the seven Claremont halls")
                .add("title", "5C Menus API").add("version", "2").build();
        JsonObject info = ApiDescription.info(built, NORTHFIELD);

        assertThat(info.getString("title")).isEqualTo("Northfield \"Eats\" API");
        assertThat(info.getString("description")).startsWith("Menus, hours and open-now for the 0 dining halls of "
                + "Northfield College.");
        assertThat(info.getString("version")).isEqualTo("2");

        String yaml = "---\nopenapi: 3.1.0\ninfo:\n  description: \"Menus for the seven Claremont\\\n"
                + "    \\ halls\"\n  title: 5C Menus API\n  version: \"2\"\ntags:\n- name: Dishes\n";
        assertThat(ApiDescription.withInfo(yaml, info)).isEqualTo("---\nopenapi: 3.1.0\ninfo:\n"
                + "  description: \"Menus, hours and open-now for the 0 dining halls of Northfield College. "
                + ApiDescription.HALLS_FROM_THE_FILE + " JSON in snake_case; errors are RFC 9457 "
                + "application/problem+json.\"\n"
                + "  title: \"Northfield \\\"Eats\\\" API\"\n  version: \"2\"\ntags:\n- name: Dishes\n");
    }
}
