package org.fivecmenus.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.upstream.StationChanges;
import org.fivecmenus.upstream.TestKinds;
import org.fivecmenus.upstream.VendorKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an operator's campus file gives, and what they read when it holds a mistake. */
class CampusFileTest {

    private static final VendorKinds KINDS = TestKinds.all(TestKinds.SODEXO);

    private static Campus read(String json) throws CampusFile.Mistakes {
        return CampusFile.read("campus.json", json.getBytes(StandardCharsets.UTF_8), KINDS);
    }

    /** A valid file with one hall whose field {@code field} is {@code value} (raw JSON), or without it when null. */
    private static String oneHall(String field, String value) {
        StringBuilder hall = new StringBuilder("{");
        String[][] fields = {{"id", "\"commons\""}, {"name", "\"The Commons\""}, {"college", "\"North\""},
                {"color", "\"#336699\""}, {"website", "\"https://dining.example.edu/commons\""},
                {"vendor", "\"bon_appetit\""}, {"source", "\"https://north.cafebonappetit.com/cafe/commons/{date}/\""},
                {"hours", "[{\"days\": [\"mon\", \"tue\"], \"meal\": \"Lunch\", \"opens\": \"11:00\", \"closes\": \"13:30\"}]"}};
        for (String[] f : fields) {
            String v = f[0].equals(field) ? value : f[1];
            if (v != null) {
                hall.append(hall.length() > 1 ? ", " : "").append('"').append(f[0]).append("\": ").append(v);
            }
        }
        if (field != null && java.util.Arrays.stream(fields).noneMatch(f -> f[0].equals(field))) {
            hall.append(", \"").append(field).append("\": ").append(value);
        }
        return "{\"name\": \"North Menus\", \"place\": \"North College\", \"time_zone\": \"America/Chicago\", "
                + "\"halls\": [" + hall.append('}') + "]}";
    }

    @Test
    void theBuiltInFileIsTheSevenClaremontHallsWithTheirHours() throws Exception {
        byte[] bytes;
        try (InputStream in = CampusFile.class.getResourceAsStream("/campus/claremont.json")) {
            bytes = in.readAllBytes();
        }

        Campus campus = CampusFile.read("claremont.json", bytes, KINDS);

        assertThat(campus.name()).isEqualTo("5C Menus");
        assertThat(campus.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(campus.halls()).extracting(Campus.Hall::id)
                .containsExactly("hoch", "collins", "malott", "mcconnell", "frank", "frary", "oldenborg");
        assertThat(campus.halls()).extracting(h -> h.vendor().id()).containsExactly("sodexo", "bon_appetit",
                "bon_appetit", "bon_appetit", "pomona", "pomona", "pomona");
        assertThat(campus.halls().stream().mapToInt(h -> h.hours().size()).sum()).as("the seeded windows").isEqualTo(130);
        Campus.Hall malott = campus.halls().get(2);
        assertThat(malott.hours()).filteredOn(Campus.Window::overlaps).extracting(Campus.Window::day)
                .containsOnly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void aSmallFileGivesItsHallsDayByDay() throws Exception {
        Campus campus = read(oneHall(null, null));

        assertThat(campus.zone()).isEqualTo(ZoneId.of("America/Chicago"));
        assertThat(campus.publicUrl()).isEmpty();
        Campus.Hall hall = campus.halls().get(0);
        assertThat(hall.source()).isEqualTo("https://north.cafebonappetit.com/cafe/commons/{date}/");
        assertThat(hall.hours()).containsExactly(
                new Campus.Window(DayOfWeek.MONDAY, "Lunch", LocalTime.of(11, 0), LocalTime.of(13, 30), false, false, null),
                new Campus.Window(DayOfWeek.TUESDAY, "Lunch", LocalTime.of(11, 0), LocalTime.of(13, 30), false, false, null));
    }

    @Test
    void aWindowPastMidnightIsAWindowOfTheDayItOpens() throws Exception {
        Campus campus = read(oneHall("hours",
                "[{\"days\": [\"fri\"], \"meal\": \"Late Night\", \"opens\": \"22:00\", \"closes\": \"01:00\"}]"));

        assertThat(campus.halls().get(0).hours().get(0).closes()).isEqualTo(LocalTime.of(1, 0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "vendor | \"dine_on_campus\" | campus.json: hall 'commons': vendor: 'dine_on_campus' is not a vendor kind this build knows; the kinds are bon_appetit, pomona, sodexo",
            "vendor | \"Bon Appétit\"    | campus.json: hall 'commons': vendor: 'Bon Appétit' is not a vendor kind this build knows; the kinds are bon_appetit, pomona, sodexo",
            "color  | \"red\"            | campus.json: hall 'commons': color: 'red' is not a colour: write it as #RRGGBB, e.g. #981A31",
            "color  | \"#12345\"         | campus.json: hall 'commons': color: '#12345' is not a colour: write it as #RRGGBB, e.g. #981A31",
            "source | \"ftp://north.example.edu/menu\" | campus.json: hall 'commons': source: 'ftp://north.example.edu/menu' is not an http(s) URL",
            "source | \"cafe/commons\"   | campus.json: hall 'commons': source: 'cafe/commons' is not an http(s) URL",
            "website | \"javascript:alert(1)\" | campus.json: hall 'commons': website: 'javascript:alert(1)' is not an http(s) URL",
            "source | null               | campus.json: hall 'commons': source: missing",
            "colour | \"#336699\"        | campus.json: hall 'commons': colour: not a field here; the fields are college, color, hours, id, name, source, stations, vendor, website",
            "id     | \"The Commons\"    | campus.json: hall 'The Commons': id: 'The Commons' must be lower-case letters, digits, '-' and '_', at most 32",
            "name   | 7                  | campus.json: hall 'commons': name: must be a non-empty text, not the number 7",
            "source | \"https://north.example.edu/menus/commons\" | campus.json: hall 'commons': source: a Bon Appétit café has a page per day: write {date} where the date goes in its URL, or give the café's page, https://<site>.cafebonappetit.com/cafe/<cafe>/",
            "source | {\"site\": \"north\"}  | campus.json: hall 'commons': source: cafe: missing; this kind's source needs cafe and site",
            "source | {\"site\": \"north\", \"cafe\": \"../admin\"} | campus.json: hall 'commons': source: cafe: '../admin' is not a name from the café's address, such as collins-cmc",
            "source | {\"site\": \"north\", \"cafe\": \"commons\", \"menu\": \"7\"} | campus.json: hall 'commons': source: 'menu' is not a field of this kind's source; its fields are cafe, site",
            "stations | [\"Salad Bar\"]   | campus.json: hall 'commons': stations: must be an object such as {\"hide\": [\"Salad Bar\"]}, not a list",
            "stations | {\"hidden\": [\"Salad Bar\"]} | campus.json: hall 'commons': stations.hidden: not a field here; the fields are hide, merge, move_to, only_at, order, placeholders, show, truncate",
            "stations | {\"hide\": \"Salad Bar\"} | campus.json: hall 'commons': stations.hide: must be a list such as [\"Salad Bar\", \"Deli\"], not 'Salad Bar'",
            "stations | {\"truncate\": {\"Grill\": -1}} | campus.json: hall 'commons': stations.truncate.Grill: the number -1 is not a number of dishes from 0 to 100; to show none but its featured dishes, hide the station",
            "stations | {\"move_to\": {\"Late Bites\": \"supper\"}} | campus.json: hall 'commons': stations.move_to.Late Bites: 'supper' is not a meal; write one of breakfast, brunch, lunch, dinner, late_night",
            "stations | {\"hide\": [\"Grill\"], \"show\": [\"Grill\"]} | campus.json: hall 'commons': stations.show: 'Grill' is also in hide; a station is shown or hidden, not both"})
    void aMistakeInAHallIsNamedWithTheFileTheHallAndTheField(String field, String value, String message) {
        assertThatThrownBy(() -> read(oneHall(field, "null".equals(value) ? null : value)))
                .isInstanceOfSatisfying(CampusFile.Mistakes.class,
                        e -> assertThat(e.mistakes()).containsExactly(message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"days\": [\"mon\"], \"meal\": \"Lunch\", \"opens\": \"25:00\", \"closes\": \"13:00\"} | hours[1].opens: '25:00' is not a time; write 24-hour HH:MM, e.g. 07:30",
            "{\"days\": [\"mon\"], \"meal\": \"Lunch\", \"opens\": \"7:30\", \"closes\": \"13:00\"}  | hours[1].opens: '7:30' is not a time; write 24-hour HH:MM, e.g. 07:30",
            "{\"days\": [\"mon\"], \"meal\": \"Lunch\", \"opens\": \"11:00\"}                        | hours[1].closes: missing",
            "{\"days\": [\"monday\", \"funday\"], \"meal\": \"Lunch\", \"opens\": \"11:00\", \"closes\": \"13:00\"} | hours[1].days: 'funday' is not a day; write mon, tue, wed, thu, fri, sat or sun",
            "{\"days\": [], \"meal\": \"Lunch\", \"opens\": \"11:00\", \"closes\": \"13:00\"}         | hours[1].days: must be a list such as [\"mon\", \"tue\"]",
            "{\"days\": [\"mon\"], \"meal\": \"Lunch\", \"opens\": \"11:00\", \"closes\": \"11:00\"}  | hours[1]: opens and closes at 11:00; a window needs some time",
            "{\"days\": [\"mon\"], \"meal\": \"Lunch\", \"opens\": \"11:00\", \"closes\": \"13:00\", \"estimated\": \"yes\"} | hours[1].estimated: must be true or false, not 'yes'"})
    void badHoursAreNamedByTheirPlaceInTheList(String window, String message) {
        assertThatThrownBy(() -> read(oneHall("hours", "[" + window + "]")))
                .isInstanceOfSatisfying(CampusFile.Mistakes.class,
                        e -> assertThat(e.mistakes()).containsExactly("campus.json: hall 'commons': " + message));
    }

    @Test
    void aHallsSourceMayBeWrittenInItsKindsOwnTerms() throws Exception {
        String file = "{\"name\": \"North Menus\", \"place\": \"North College\", \"time_zone\": \"America/Chicago\", "
                + "\"halls\": ["
                + "{\"id\": \"a\", \"name\": \"A\", \"college\": \"N\", \"color\": \"#336699\", \"vendor\": \"sodexo\", "
                + "\"source\": {\"location\": \"13147001\", \"menu\": 15258}}, "
                + "{\"id\": \"b\", \"name\": \"B\", \"college\": \"N\", \"color\": \"#336699\", \"vendor\": \"bon_appetit\", "
                + "\"source\": {\"site\": \"collins-cmc\", \"cafe\": \"collins\"}}, "
                + "{\"id\": \"c\", \"name\": \"C\", \"college\": \"N\", \"color\": \"#336699\", \"vendor\": \"bon_appetit\", "
                + "\"source\": \"https://scripps.cafebonappetit.com/cafe/malott-dining-commons/\"}, "
                + "{\"id\": \"d\", \"name\": \"D\", \"college\": \"N\", \"color\": \"#336699\", \"vendor\": \"pomona\", "
                + "\"source\": {\"feed\": \"Frary\"}}]}";

        assertThat(read(file).halls()).extracting(Campus.Hall::source).containsExactly(
                "https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date={date}",
                "https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/",
                "https://scripps.cafebonappetit.com/cafe/malott-dining-commons/{date}/",
                "https://api.pomona.edu/eatec/Frary.json");
    }

    @Test
    void theReadmesExampleFileIsAFileThatStarts() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Your campus");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        String example = readme.substring(start, readme.indexOf("```", start));

        Campus campus = read(example);

        assertThat(campus.halls()).extracting(Campus.Hall::id).containsExactly("commons", "east", "lakeside", "hill");
        assertThat(campus.halls()).extracting(Campus.Hall::source).allSatisfy(source -> assertThat(source)
                .startsWith("https://").contains("{date}"));
        assertThat(campus.halls().get(0).stations().hide()).containsExactly("Deli");
    }

    @Test
    void aHallsStationChangesAreReadAsTheFileSpellsThem() throws Exception {
        String stations = "{\"hide\": [\"Noodle Bar\"], \"show\": [\"Salad Bar\"], \"placeholders\": [\"Closed\"], "
                + "\"merge\": {\"Desserts\": [\"Sweets\", \"Cookies\"]}, \"order\": [\"Grill\", \"Desserts\"], "
                + "\"truncate\": {\"Grill\": 3}, \"only_at\": {\"Eggs\": [\"breakfast\", \"brunch\"]}, "
                + "\"move_to\": {\"Late Bites\": \"late_night\"}}";

        StationChanges changes = read(oneHall("stations", stations)).halls().get(0).stations();

        assertThat(changes).isEqualTo(new StationChanges(List.of("Noodle Bar"), List.of("Salad Bar"),
                List.of("Closed"), Map.of("Desserts", List.of("Sweets", "Cookies")), List.of("Grill", "Desserts"),
                Map.of("Grill", 3), Map.of("Eggs", Set.of(MealPeriod.BREAKFAST, MealPeriod.BRUNCH)),
                Map.of("Late Bites", MealPeriod.LATE_NIGHT)));
        assertThat(read(oneHall(null, null)).halls().get(0).stations()).isEqualTo(StationChanges.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name    | 100 | name: 101 characters; at most 100 fit",
            "college | 100 | college: 101 characters; at most 100 fit"})
    void aTextLongerThanItsColumnIsAMistakeNotADatabaseError(String field, int longest, String message) {
        String longer = "\"" + "x".repeat(longest + 1) + "\"";
        String fits = "\"" + "x".repeat(longest) + "\"";

        assertThatThrownBy(() -> read(oneHall(field, longer))).isInstanceOfSatisfying(CampusFile.Mistakes.class,
                e -> assertThat(e.mistakes()).containsExactly("campus.json: hall 'commons': " + message));
        assertThatCode(() -> read(oneHall(field, fits))).doesNotThrowAnyException();
    }

    @Test
    void aMealGivenTwiceOnOneDayIsAMistake() {
        String hours = "[{\"days\": [\"mon\", \"tue\"], \"meal\": \"Lunch\", \"opens\": \"11:00\", \"closes\": \"13:00\"},"
                + " {\"days\": [\"tue\"], \"meal\": \"lunch\", \"opens\": \"12:00\", \"closes\": \"14:00\"}]";

        assertThatThrownBy(() -> read(oneHall("hours", hours))).isInstanceOfSatisfying(CampusFile.Mistakes.class,
                e -> assertThat(e.mistakes()).containsExactly(
                        "campus.json: hall 'commons': hours[2]: lunch on Tuesday is given twice (also in hours[1])"));
    }

    @Test
    void aDuplicateHallIdIsAMistake() {
        String file = oneHall(null, null);
        int halls = file.indexOf("\"halls\": [") + "\"halls\": [".length();
        String hall = file.substring(halls, file.lastIndexOf(']'));
        String twice = file.substring(0, halls) + hall + ", " + hall + "]}";

        assertThatThrownBy(() -> read(twice)).isInstanceOfSatisfying(CampusFile.Mistakes.class,
                e -> assertThat(e.mistakes()).containsExactly(
                        "campus.json: hall 'commons': id: 'commons' is the id of an earlier hall too; ids must be unique"));
    }

    @Test
    void everyMistakeIsReportedAtOnceWithoutAStackTrace() {
        String file = oneHall("color", "\"red\"").replace("America/Chicago", "Central Time")
                .replace("\"bon_appetit\"", "\"bonappetit\"");

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(CampusFile.Mistakes.class, e -> {
            assertThat(e.mistakes()).hasSize(3);
            assertThat(e.getMessage()).startsWith("The campus file campus.json has 3 mistakes:\n  campus.json: ");
            assertThat(e.getStackTrace()).isEmpty();
        });
    }

    @Test
    void aFileThatIsNotJsonSaysWhere() {
        assertThatThrownBy(() -> read("{\"name\": \"x\",\n \"halls\": [}")).isInstanceOfSatisfying(
                CampusFile.Mistakes.class, e -> assertThat(e.mistakes()).singleElement().asString()
                        .startsWith("campus.json: not JSON: ").contains("line 2"));
    }

    @Test
    void aTimeZoneMustBeARegion() {
        assertThatThrownBy(() -> read(oneHall(null, null).replace("America/Chicago", "-06:00")))
                .isInstanceOfSatisfying(CampusFile.Mistakes.class, e -> assertThat(e.mistakes()).containsExactly(
                        "campus.json: time_zone: '-06:00' is not a time zone region such as America/Los_Angeles"));
    }

    @Test
    void theSchemaShippedBesideTheFileDescribesTheFieldsTheReaderTakes() throws IOException {
        JsonObject schema;
        try (InputStream in = CampusFile.class.getResourceAsStream("/campus/campus.schema.json");
             JsonReader reader = Json.createReader(in)) {
            schema = reader.readObject();
        }
        JsonObject defs = schema.getJsonObject("$defs");

        assertThat(schema.getJsonObject("properties").keySet()).isEqualTo(CampusFile.CAMPUS_FIELDS);
        assertThat(defs.getJsonObject("hall").getJsonObject("properties").keySet()).isEqualTo(CampusFile.HALL_FIELDS);
        assertThat(defs.getJsonObject("window").getJsonObject("properties").keySet())
                .isEqualTo(CampusFile.WINDOW_FIELDS);
        assertThat(defs.getJsonObject("stations").getJsonObject("properties").keySet())
                .isEqualTo(CampusStations.FIELDS);
    }
}
