package org.fivecmenus.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.fivecmenus.upstream.TestKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which campus an instance serves: CAMPUS_FILE's, or the built-in one; a file it cannot use stops it. */
class CurrentCampusTest {

    @TempDir
    Path dir;

    private CurrentCampus current(String file) {
        CurrentCampus current = new CurrentCampus();
        current.file = Optional.ofNullable(file);
        current.kinds = TestKinds.all(TestKinds.SODEXO);
        return current;
    }

    @Test
    void withoutAFileItIsTheBuiltInClaremontCampus() {
        CurrentCampus current = current(null);

        assertThat(current.campus().halls()).hasSize(7);
        assertThat(current.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void theFileNamedByCampusFileIsServedAndItsContentIsItsChecksum() throws Exception {
        Path file = dir.resolve("north.json");
        String json = "{\"name\": \"North Menus\", \"place\": \"North College\", \"time_zone\": \"America/Chicago\", "
                + "\"halls\": [{\"id\": \"commons\", \"name\": \"The Commons\", \"college\": \"North\", "
                + "\"color\": \"#336699\", \"vendor\": \"sodexo\", \"source\": \"https://x.example.edu/m?date={date}\"}]}";
        Files.writeString(file, json);

        CurrentCampus current = current(file.toString());

        assertThat(current.campus().name()).isEqualTo("North Menus");
        assertThat(current.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        Files.writeString(file, json.replace("The Commons", "Commons"));
        assertThat(current(file.toString()).loaded().checksum()).as("a changed file runs its migration again")
                .isNotEqualTo(current.loaded().checksum());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedNamingIt() {
        String missing = dir.resolve("nowhere.json").toString();

        assertThatThrownBy(() -> current(missing).campus()).isInstanceOf(CurrentCampus.Refused.class)
                .hasMessageStartingWith("The campus file " + missing + " (CAMPUS_FILE) cannot be read")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }

    @Test
    void aFileWithAMistakeIsRefusedWithTheMistake() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.write(file, "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> current(file.toString()).campus()).isInstanceOf(CurrentCampus.Refused.class)
                .hasMessageContaining(file + ": place: missing")
                .hasMessageContaining(file + ": halls: missing, a list of halls is needed");
    }
}
