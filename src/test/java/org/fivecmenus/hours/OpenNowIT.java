package org.fivecmenus.hours;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Open-now against the hours seeded in PostgreSQL. Each test that adds an override uses a date of its own, so
 * the tests run alone and in any order.
 */
class OpenNowIT extends InContainerTest {

    @Test
    void saturdayMorningInWinterHasEveryWeekendBrunchOpen(App app) {
        // Sat 2026-03-07 10:45 PST. Frank (Sun–Thu) and Oldenborg (Mon–Fri) are shut.
        assertThat(openAt(app, "2026-03-07T18:45Z")).containsExactly(
                Map.entry("hoch", "brunch"), Map.entry("collins", "brunch"), Map.entry("malott", "brunch"),
                Map.entry("mcconnell", "brunch"), Map.entry("frary", "brunch"));
    }

    @Test
    void theMorningAfterSpringForwardIsReadInDaylightTime(App app) {
        // Sun 2026-03-08 10:45 PDT; a fixed -08:00 would read 09:45, when Collins is still closed.
        assertThat(openAt(app, "2026-03-08T17:45Z")).containsExactly(
                Map.entry("hoch", "brunch"), Map.entry("collins", "brunch"), Map.entry("malott", "brunch"),
                Map.entry("mcconnell", "brunch"), Map.entry("frank", "brunch"), Map.entry("frary", "brunch"));
    }

    @Test
    void collinsServesContinentalBreakfastOnceBreakfastEnds(App app) {
        JsonArray open = JsonBodies.array(app.get("/api/v2/open-now?at=2026-03-16T09:00").body());

        JsonObject collins = byId(open, "collins");
        assertThat(collins.getString("current_meal")).isEqualTo("breakfast");
        assertThat(collins.getString("current_meal_label")).isEqualTo("Continental Breakfast");
        assertThat(collins.getString("closes_at")).isEqualTo("2026-03-16T10:00:00-07:00");
        assertThat(byId(open, "hoch").getString("closes_at")).isEqualTo("2026-03-16T09:30:00-07:00");
    }

    @Test
    void lateNightAtCollinsIsTheOnlyThingOpenOnAMondayNight(App app) {
        assertThat(openAt(app, "2026-11-03T06:45Z")).containsExactly(Map.entry("collins", "late_night"));
        assertThat(openAt(app, "2026-11-07T06:45Z")).as("Friday: Late Night is Mon–Thu").isEmpty();
    }

    @Test
    void estimatedHoursAreFlagged(App app) {
        JsonArray open = JsonBodies.array(app.get("/api/v2/open-now?at=2026-03-09T12:30").body());

        assertThat(byId(open, "oldenborg").getBoolean("estimated")).isTrue();
        assertThat(byId(open, "hoch").getBoolean("estimated")).isFalse();
    }

    @Test
    void aWholeDayClosureStoredInTheDatabaseClosesTheHallAtOnce(App app, TestServices services)
            throws Exception {
        assertThat(openAt(app, "2026-03-23T09:00")).containsKey("collins");

        insertOverride(app, services, "collins", "2026-03-23", "*", null, null, null, "Closed for spring break");

        assertThat(openAt(app, "2026-03-23T09:00")).doesNotContainKey("collins").containsKey("hoch");
    }

    @Test
    void mealOverridesCloseOneMealAndMoveAnother(App app, TestServices services) throws Exception {
        insertOverride(app, services, "hoch", "2026-03-24", "Lunch", null, null, null, "Staff training");
        insertOverride(app, services, "hoch", "2026-03-24", "dinner", null, "17:30", "20:00", "Late dinner");

        assertThat(openAt(app, "2026-03-24T11:30")).doesNotContainKey("hoch");
        assertThat(openAt(app, "2026-03-24T17:15")).doesNotContainKey("hoch");
        assertThat(openAt(app, "2026-03-24T19:45")).containsEntry("hoch", "dinner");

        JsonObject hoch = byId(JsonBodies.object(app.get("/api/v2/hours?date=2026-03-24").body())
                .getJsonArray("halls"), "hoch");
        assertThat(hoch.getBoolean("closed_all_day")).isFalse();
        assertThat(hoch.getJsonArray("closed_meals").getJsonObject(0).getString("meal")).isEqualTo("lunch");
        JsonObject dinner = hoch.getJsonArray("windows").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("meal").equals("dinner")).findFirst().orElseThrow();
        assertThat(dinner.getBoolean("from_override")).isTrue();
        assertThat(dinner.getString("reason")).isEqualTo("Late dinner");
        assertThat(dinner.getString("starts_at")).isEqualTo("2026-03-24T17:30:00-07:00");
    }

    @Test
    void aSpecialOpeningAddsAMealWithItsLabel(App app, TestServices services) throws Exception {
        insertOverride(app, services, "hoch", "2026-03-28", "late_night", "Late Night", "21:00", "23:00", "Finals week");

        assertThat(openAt(app, "2026-03-28T22:00")).containsEntry("hoch", "late_night");
    }

    @Test
    void hoursOfADayListEveryHallWithTheWholeDayClosureReason(App app, TestServices services)
            throws Exception {
        insertOverride(app, services, "malott", "2026-11-26", "*", null, null, null, "Closed for Thanksgiving");

        JsonObject day = JsonBodies.object(app.get("/api/v2/hours?date=2026-11-26").body());

        assertThat(day.getString("date")).isEqualTo("2026-11-26");
        assertThat(day.getString("timezone")).isEqualTo("America/Los_Angeles");
        assertThat(day.getJsonArray("halls")).hasSize(7);
        JsonObject malott = byId(day.getJsonArray("halls"), "malott");
        assertThat(malott.getBoolean("closed_all_day")).isTrue();
        assertThat(malott.getString("closure_reason")).isEqualTo("Closed for Thanksgiving");
        assertThat(malott.getJsonArray("windows")).isEmpty();
        assertThat(byId(day.getJsonArray("halls"), "collins").getJsonArray("windows")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2026-13-01T10:00", "2026-03-08 10:45", "10:45", "2026-03-08T25:00Z",
            "+999999999-12-31T00:00Z", "-999999999-01-01T00:00Z", "2099-01-01T10:00"})
    void aBadInstantIsA400Problem(String at, App app) {
        HttpResponse<String> response = app.get("/api/v2/open-now?at=" + URLEncoder.encode(at, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonBodies.object(response.body()).getString("detail")).contains("'at' must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-02-30", "26-11-23", "2026-11-23T10:00", "+9999999-01-01", "1900-01-01"})
    void aBadDateIsA400Problem(String date, App app) {
        HttpResponse<String> response = app.get("/api/v2/hours?date=" + URLEncoder.encode(date, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(response.body()).getString("detail")).contains("'date' must be");
    }

    @Test
    void withoutAnInstantItAnswersForNow(App app) {
        HttpResponse<String> response = app.get("/api/v2/open-now");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    }

    private static Map<String, String> openAt(App app, String at) {
        HttpResponse<String> response = app.get("/api/v2/open-now?at=" + at);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, String> open = new LinkedHashMap<>();
        JsonBodies.array(response.body()).getValuesAs(JsonObject.class)
                .forEach(hall -> open.put(hall.getString("id"), hall.getString("current_meal")));
        return open;
    }

    private static JsonObject byId(JsonArray array, String id) {
        return array.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("id").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not in " + array));
    }

    /** An override written straight into the table, announced as the README tells operators to. */
    private static void insertOverride(App app, TestServices services, String hall, String date, String mealKey,
                                       String label, String start, String end, String reason) {
        services.changeHours(app, date, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO hours_override (id, hall_id, service_date, meal_key, label, start_time, end_time, reason) "
                            + "VALUES (nextval('hours_override_seq'), ?, ?::date, ?, ?, ?::time, ?::time, ?)")) {
                insert.setString(1, hall);
                insert.setString(2, date);
                insert.setString(3, mealKey);
                insert.setString(4, label);
                insert.setString(5, start);
                insert.setString(6, end);
                insert.setString(7, reason);
                insert.executeUpdate();
            }
        });
    }
}
