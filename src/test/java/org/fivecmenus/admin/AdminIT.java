package org.fivecmenus.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.ConfigNames;
import org.fivecmenus.testing.HtmlChecker;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.Routes;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The admin area behind its login, against the shared deployment (clock: Wednesday 2025-12-03). */
class AdminIT extends InContainerTest {

    static List<String> adminPages() {
        return Routes.ADMIN_PAGES;
    }

    @ParameterizedTest
    @MethodSource("adminPages")
    void everyAdminPageSendsStrangersToSignIn(String path, App app) {
        HttpResponse<String> response = app.get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
        assertThat(response.body()).doesNotContain("Vendor health", "Weekly hours");
    }

    @Test
    void everyAdminActionIsRefusedToStrangersAndChangesNothing(App app, TestServices services) throws Exception {
        long id = weeklyRowId(services, "hoch", 1, "dinner");
        int overrides = count(services, "SELECT COUNT(*) FROM hours_override");
        AdminSession stranger = new AdminSession(app);

        for (var action : Map.of(
                "/admin/hours", Map.of("hall", "hoch", "action", "delete", "id", Long.toString(id)),
                "/admin/overrides", Map.of("hall", "hoch", "action", "add", "kind", "closed_day", "date", "2025-12-20"),
                "/admin/refetch", Map.of("hall", "hoch", "date", "2025-12-03"),
                "/admin/logout", Map.<String, String>of()).entrySet()) {
            HttpResponse<String> response = stranger.postRaw(action.getKey(), action.getValue());
            assertThat(response.statusCode()).as(action.getKey()).isIn(302, 401, 403);
        }

        assertThat(count(services, "SELECT COUNT(*) FROM dining_hours WHERE id = " + id)).isEqualTo(1);
        assertThat(count(services, "SELECT COUNT(*) FROM hours_override")).isEqualTo(overrides);
    }

    @Test
    void showingTheSignInFormKeepsNothingOnTheServer(App app, TestServices services) throws Exception {
        int signIns = count(services, "SELECT COUNT(*) FROM admin_session");

        for (int i = 0; i < 200; i++) {
            HttpResponse<String> form = app.get(i % 2 == 0 ? "/admin/login" : "/admin");
            assertThat(form.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).containsIgnoringCase("JSESSIONID"));
        }

        assertThat(count(services, "SELECT COUNT(*) FROM admin_session")).isEqualTo(signIns);
    }

    @Test
    void signingInWorksWithTheHashedAccountAndFailsWithAWrongPassword(App app) {
        AdminSession wrong = new AdminSession(app);
        HttpResponse<String> refused = wrong.signIn(AdminSession.USER, "not the password at all");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Wrong user name or password");
        assertThat(wrong.get("/admin").statusCode()).isEqualTo(302);

        AdminSession alice = new AdminSession(app);
        HttpResponse<String> signedIn = alice.signIn(AdminSession.USER, AdminSession.PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("admin_session=").contains("HttpOnly").contains("Secure").containsIgnoringCase("SameSite=Strict")
                .contains("Path=/admin"));
        HttpResponse<String> home = alice.get("/admin");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Vendor health", "Sign out alice")
                .contains("id=\"kind-sodexo\"", "id=\"kind-bon_appetit\"", "id=\"kind-pomona\"");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
        HtmlChecker.assertValid("/admin", home.body());
    }

    @Test
    void everyAdminPageIsValidHtml(App app) {
        HtmlChecker.assertValid("/admin/login", app.get("/admin/login").body());
        AdminSession alice = AdminSession.signedIn(app);
        for (String path : Routes.ADMIN_PAGES) {
            HttpResponse<String> page = alice.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            HtmlChecker.assertValid(path, page.body());
        }
    }

    @Test
    void aFormPostWithoutAValidCsrfTokenIsRefused(App app, TestServices services) throws Exception {
        AdminSession alice = AdminSession.signedIn(app);
        long id = weeklyRowId(services, "mcconnell", 2, "lunch");

        HttpResponse<String> missing = alice.postRaw("/admin/hours",
                Map.of("hall", "mcconnell", "action", "delete", "id", Long.toString(id)));
        HttpResponse<String> forged = alice.postRaw("/admin/hours",
                Map.of("hall", "mcconnell", "action", "delete", "id", Long.toString(id), "_csrf", "forged"));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(count(services, "SELECT COUNT(*) FROM dining_hours WHERE id = " + id)).isEqualTo(1);
    }

    @Test
    void aWholeDayClosureClosesTheHallForOpenNowAndThePagesWithItsReason(App app, TestServices services) {
        assertThat(openAt(app, "2025-12-10T12:00")).contains("\"malott\"");
        AdminSession alice = AdminSession.signedIn(app);
        alice.get("/admin/overrides?hall=malott");

        try {
            HttpResponse<String> saved = alice.post("/admin/overrides", Map.of("hall", "malott", "action", "add",
                    "kind", "closed_day", "date", "2025-12-10", "reason", "Closed for a water main repair"));

            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(openAt(app, "2025-12-10T12:00")).doesNotContain("\"malott\"").contains("\"collins\"");
            String home = app.get("/?date=2025-12-10").body();
            assertThat(home).contains("Closed for a water main repair");
            assertThat(alice.get("/admin").body()).contains("override.add", "malott 2025-12-10 closed_day");
        } finally {
            // The shared deployment's other tests see Malott's hours as seeded.
            services.changeHours(app, "2025-12-10", db -> db.createStatement().execute(
                    "DELETE FROM hours_override WHERE hall_id = 'malott' AND service_date = DATE '2025-12-10'"));
        }
    }

    @Test
    void invalidHoursAreRejectedWithAMessageAndNothingIsSaved(App app, TestServices services) throws Exception {
        AdminSession alice = AdminSession.signedIn(app);
        alice.get("/admin/hours?hall=hoch");
        int rows = count(services, "SELECT COUNT(*) FROM dining_hours WHERE hall_id = 'hoch'");

        HttpResponse<String> backwards = alice.post("/admin/hours", Map.of("hall", "hoch", "action", "add", "day", "1",
                "label", "Afternoon Snack", "start", "15:00", "end", "14:00"));
        HttpResponse<String> overlapping = alice.post("/admin/hours", Map.of("hall", "hoch", "action", "add", "day", "1",
                "label", "Afternoon Snack", "start", "12:30", "end", "14:00"));
        HttpResponse<String> garbage = alice.post("/admin/hours", Map.of("hall", "hoch", "action", "add", "day", "9",
                "label", "", "start", "noon", "end", "25:00"));
        HttpResponse<String> longAgo = alice.post("/admin/overrides", Map.of("hall", "hoch", "action", "add",
                "kind", "closed_day", "date", "2025-01-01"));

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("Nothing was saved", "must be after the start");
        assertThat(overlapping.statusCode()).isEqualTo(400);
        assertThat(overlapping.body()).contains("That overlaps Lunch on Monday");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).contains("is not a day", "Give the meal a name", "must be a time");
        assertThat(longAgo.statusCode()).isEqualTo(400);
        assertThat(longAgo.body()).contains("in the past cannot be added");
        assertThat(count(services, "SELECT COUNT(*) FROM dining_hours WHERE hall_id = 'hoch'")).isEqualTo(rows);
        HtmlChecker.assertValid("hours with problems", backwards.body());
    }

    @Test
    void aValidChangeTakesEffectAtOnceAndIsAudited(App app, TestServices services) throws Exception {
        long id = weeklyRowId(services, "hoch", 5, "dinner");
        AdminSession alice = AdminSession.signedIn(app);
        alice.get("/admin/hours?hall=hoch");

        try {
            HttpResponse<String> saved = alice.post("/admin/hours", Map.of("hall", "hoch", "action", "update",
                    "id", Long.toString(id), "start", "17:30", "end", "20:00", "active", "on"));

            assertThat(saved.statusCode()).isEqualTo(302);
            var hoch = JsonBodies.object(app.get("/api/v2/hours?date=2025-12-05").body()).getJsonArray("halls")
                    .getValuesAs(jakarta.json.JsonObject.class).stream().filter(h -> h.getString("id").equals("hoch"))
                    .findFirst().orElseThrow();
            assertThat(hoch.toString()).contains("2025-12-05T17:30:00-08:00", "2025-12-05T20:00:00-08:00");
            assertThat(alice.get("/admin").body()).contains("hours.update", "Friday Dinner 17:00–19:00 → 17:30–20:00");
        } finally {
            // Back to the seeded Friday dinner for the shared deployment's other tests.
            services.changeHours(app, "2025-12-05", db -> db.createStatement().execute("UPDATE dining_hours SET "
                    + "start_time = TIME '17:00:00', end_time = TIME '19:00:00' WHERE id = " + id));
        }
    }

    @Test
    void repeatedFailedSignInsMustWaitButTheOwnerStillGetsIn(App app) throws Exception {
        AdminSession mallory = new AdminSession(app);
        for (int i = 0; i <= LoginThrottle.Scope.USER_AT_ADDRESS.freeTries; i++) {
            assertThat(mallory.signIn("mallory", "guess number " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> tooSoon = mallory.signIn("mallory", "one more guess");

        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(tooSoon.body()).contains("Too many failed attempts");
        Thread.sleep(1100);
        assertThat(mallory.signIn("mallory", "after the wait").statusCode()).as("checked again after the wait")
                .isEqualTo(401);
    }

    @Test
    void aStrangersFailuresForAnAdminDoNotLockTheAdminOut(App app) throws Exception {
        AdminSession owner = new AdminSession(app);
        for (int i = 0; i < 6; i++) {
            // Another address, as a proxy the operator trusts would say; here, the admin's own failures.
            owner.signIn(AdminSession.USER, "not the password " + i);
        }
        assertThat(owner.signIn(AdminSession.USER, AdminSession.PASSWORD).statusCode()).isEqualTo(429);

        Thread.sleep(Duration.parse(ConfigNames.defaultOf("admin.sign-in.first-wait")).multipliedBy(8).toMillis() + 200);

        assertThat(owner.signIn(AdminSession.USER, AdminSession.PASSWORD).statusCode())
                .as("the correct password is accepted after the wait").isEqualTo(302);
    }

    private static String openAt(App app, String at) {
        return app.get("/api/v2/open-now?at=" + at).body();
    }

    static long weeklyRowId(TestServices services, String hall, int day, String key) throws Exception {
        try (Connection c = services.connect(); Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT id FROM dining_hours WHERE hall_id = '" + hall + "' AND day_of_week = " + day
                        + " AND meal_key = '" + key + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int count(TestServices services, String query) throws Exception {
        try (Connection c = services.connect(); Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
