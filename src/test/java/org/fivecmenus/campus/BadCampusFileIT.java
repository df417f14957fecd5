package org.fivecmenus.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR started with a campus file holding mistakes: the log names the file, the hall and the field of each, in
 * one message without a stack trace of ours (Payara then logs its own deployment failure, wrappers and all), and the
 * application serves nothing. The embedded database: no services needed.
 */
class BadCampusFileIT {

    private static final String REFUSED = "The application does not start until the campus file is fixed.";

    private static Path file;
    private static DeployedApp app;

    @BeforeAll
    static void startWithABadFile() throws IOException {
        Path dir = Files.createDirectories(Paths.get("target", "it-payara"));
        file = dir.resolve("bad-campus.json").toAbsolutePath();
        Files.writeString(file, """
                {"name": "North Menus", "place": "North College", "time_zone": "America/Chicago",
                 "halls": [
                  {"id": "commons", "name": "The Commons", "college": "North", "color": "navy",
                   "vendor": "bon_appetit", "source": "https://north.cafebonappetit.com/cafe/commons/{date}/"},
                  {"id": "hill", "name": "Hill", "college": "West", "color": "#C77700",
                   "vendor": "sodexho", "source": "ftp://example.edu/menu"}
                 ]}
                """);
        Path log = dir.resolve("bad-campus.log");
        Files.deleteIfExists(log);
        // Ready, for this test, is when the deployment has been refused: the server itself keeps running.
        app = DeployedApp.start("bad-campus", AppConfig.of(Map.of("CAMPUS_FILE", file.toString())), response -> {
            try {
                return Files.readString(log).contains(REFUSED);
            } catch (IOException e) {
                return false;
            }
        });
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theLogNamesTheFileTheHallAndTheFieldOfEveryMistake() {
        String log = app.log();

        assertThat(log).contains(file + ": hall 'commons': color: 'navy' is not a colour")
                .contains(file + ": hall 'hill': vendor: 'sodexho' is not a vendor kind this build knows")
                .contains(file + ": hall 'hill': source: ")
                .contains(REFUSED);
        assertThat(log).as("the campus's own message has no stack trace")
                .doesNotContain("at org.fivecmenus.campus.CampusFile.read(");
    }

    @Test
    void nothingIsServedByAHalfStartedApplication() {
        // Payara marks the refused context unavailable and answers with its own error page.
        for (String path : new String[] {"/api/v2/halls", "/", "/health/ready"}) {
            var answer = app.get(path);
            assertThat(answer.statusCode()).as(path).isIn(404, 500, 503);
            assertThat(answer.body()).as(path).doesNotContain("commons").doesNotContain("North Menus")
                    .doesNotContain("\"database\"");
        }
    }
}
