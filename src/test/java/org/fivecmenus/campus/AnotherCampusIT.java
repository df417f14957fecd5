package org.fivecmenus.campus;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.AppSettings;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.Test;

/**
 * The same WAR on another campus: src/test/resources/campus/northfield.json, two Bon Appétit cafés and a Sodexo
 * hall in America/Chicago, whose menus are the Claremont captures under other ids. Nothing of Claremont shows.
 */
@AppSettings(campus = "northfield.json")
class AnotherCampusIT extends InContainerTest {

    @Test
    void theApiListsTheFilesHallsInItsOrderAndNoneOfClaremonts() {
        JsonArray halls = JsonBodies.array(app().get("/api/v2/halls").body());

        assertThat(halls.getValuesAs(JsonObject.class)).extracting(h -> h.getString("id") + " "
                + h.getString("vendor_type") + " " + h.getString("college"))
                .containsExactly("commons bon_appetit North Campus", "lakeside bon_appetit South Campus",
                        "hill sodexo West Campus");
        HttpResponse<String> collins = app().get("/api/v2/menus?hall_id=collins&date=2026-02-07");
        assertThat(collins.statusCode()).as(collins.body()).isIn(400, 404);
    }

    @Test
    void eachKindsMenusAreFetchedFromTheSourceTheFileGives() {
        HttpResponse<String> commons = app().get("/api/v2/menus?hall_id=commons&date=2026-02-07");
        HttpResponse<String> hill = app().get("/api/v2/menus?hall_id=hill&date=2025-12-01");

        assertThat(commons.statusCode()).as(commons.body()).isEqualTo(200);
        assertThat(JsonBodies.object(commons.body()).getJsonArray("meals")).isNotEmpty();
        assertThat(vendors().calls(VendorStub.bonAppetitPath("collins", "2026-02-07"))).isEqualTo(1);
        assertThat(hill.statusCode()).as(hill.body()).isEqualTo(200);
        assertThat(JsonBodies.object(hill.body()).getString("status")).isEqualTo("ok");
        assertThat(vendors().calls(VendorStub.SODEXO, "2025-12-01")).isEqualTo(1);
    }

    @Test
    void aHallsStationsAreCuratedWithTheFilesChangesToItsKindsTables() {
        HttpResponse<String> lakeside = app().get("/api/v2/menus?hall_id=lakeside&date=2026-02-07");
        assertThat(lakeside.statusCode()).as(lakeside.body()).isEqualTo(200);

        List<JsonObject> stations = JsonBodies.object(lakeside.body()).getJsonArray("meals")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(meal -> meal.getJsonArray("stations").getValuesAs(JsonObject.class).stream()).toList();
        assertThat(stations).filteredOn(s -> s.getString("name").equals("deli")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getString("role")).as("hidden by the file").isEqualTo("catalogue"));
        assertThat(stations).filteredOn(s -> s.getString("name").equals("salad bar")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.getString("role")).as("the kind hides it, the file shows it")
                        .isNotEqualTo("catalogue"));
        JsonObject served = JsonBodies.object(lakeside.body()).getJsonArray("meals").getValuesAs(JsonObject.class)
                .stream().filter(meal -> meal.getJsonArray("stations").getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.getString("name").equals("global"))).findFirst().orElseThrow();
        assertThat(served.getJsonArray("stations").getJsonObject(0).getString("name"))
                .as("the file's order; the kind's puts global first").isEqualTo("sweets");
    }

    @Test
    void pagesManifestAndApiDescriptionTakeTheCampussNameAndNothingSaysClaremont() {
        app().get("/api/v2/menus?hall_id=commons&date=2026-02-07");
        for (String path : List.of("/?date=2026-02-07", "/halls/commons?date=2026-02-07", "/open-now",
                "/search?q=pizza", "/admin/login", "/static/manifest.webmanifest", "/sw.js", "/openapi",
                "/openapi?format=json")) {
            HttpResponse<String> answer = app().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.body()).as(path).contains("Northfield").doesNotContain("Claremont")
                    .doesNotContain("5C Menus");
        }
        assertThat(app().get("/").body()).contains("<title>").contains(" · Northfield Menus</title>");
    }

    @Test
    void theAdminAreaShowsTheFilesHallsTheirKindsAndTheirHours() {
        AdminSession operator = AdminSession.signedIn(app());
        app().get("/api/v2/menus?hall_id=hill&date=2025-12-01");

        HttpResponse<String> home = operator.get("/admin");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"health-commons\"", "id=\"health-lakeside\"", "id=\"health-hill\"",
                "id=\"kind-bon_appetit\"", "id=\"kind-sodexo\"", "Northfield Menus")
                .doesNotContain("id=\"health-collins\"", "id=\"kind-pomona\"", "Claremont");
        HttpResponse<String> hours = operator.get("/admin/hours?hall=lakeside");
        assertThat(hours.statusCode()).isEqualTo(200);
        assertThat(hours.body()).contains("Lakeside Café", "Brunch");
    }

    @Test
    void aDishServedHereHasItsPageAndSearchHit() {
        assertThat(app().get("/api/v2/menus?hall_id=commons&date=2026-02-07").statusCode()).isEqualTo(200);

        JsonArray found = JsonBodies.object(app().get("/api/v2/dishes?q=pizza").body()).getJsonArray("dishes");
        assertThat(found).isNotEmpty();
        String slug = found.getJsonObject(0).getString("slug");
        HttpResponse<String> page = app().get("/dishes/" + slug);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The Commons").doesNotContain("Collins");
    }

    @Test
    void hoursAndCalendarsAreInTheCampussZoneAcrossItsDaylightSavingChange() {
        // Sunday 2026-03-08: Chicago moves to CDT at 02:00. Brunch at the Commons, 10:00–13:00 local.
        JsonObject before = byId(JsonBodies.array(app().get("/api/v2/open-now?at=2026-03-07T11:00").body()), "commons");
        JsonObject after = byId(JsonBodies.array(app().get("/api/v2/open-now?at=2026-03-08T11:00").body()), "commons");
        assertThat(before.getString("closes_at")).isEqualTo("2026-03-07T13:00:00-06:00");
        assertThat(after.getString("closes_at")).isEqualTo("2026-03-08T13:00:00-05:00");

        String calendar = app().get("/halls/commons/hours.ics").body();
        assertThat(calendar).contains("PRODID:-//Northfield Menus//Menus and hours//EN")
                .contains("X-WR-TIMEZONE:America/Chicago").contains("DTSTART;TZID=America/Chicago:")
                .contains("@northfieldmenus").doesNotContain("Los_Angeles").doesNotContain("5cmenus");
    }

    private static JsonObject byId(JsonArray halls, String id) {
        return halls.getValuesAs(JsonObject.class).stream().filter(h -> h.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not in " + halls));
    }
}
