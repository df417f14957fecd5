package org.fivecmenus.menu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.OwnRedis;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Freshness and one vendor call per key across instances: two instances behind one Redis (their own), one
 * PostgreSQL schema (their own) and one slow stub vendor. Menus are due after 5 s here, so refresh-ahead shows
 * within a test; the vendor may take up to 15 s. Each test uses dates of its own.
 */
class FreshnessIT {

    private static final Map<String, String> FAST_TURNOVER = Map.of(
            "MENUS_CACHE_TTL", "PT5S",
            "MENUS_CACHE_JITTER", "PT0S",
            "VENDOR_TIMEOUT", "PT15S",
            "MENUS_WAIT_TIMEOUT", "PT25S",
            "MENUS_PREFETCH_DAYS", "6",
            "VENDOR_FEED_REUSE", "PT2M",
            // Two instances hashing passwords side by side on a busy machine can take over a second per sign-in,
            // which would let a one-second wait pass before the next try; the count, not the clock, is tested.
            "ADMIN_SIGN_IN_FIRST_WAIT", "PT30S");

    private static OwnRedis redis;
    private static VendorStub vendors;
    private static TestServices services;
    private static AppConfig config;
    private static DeployedApp one;
    private static DeployedApp two;

    @BeforeAll
    static void start() {
        redis = OwnRedis.start("freshness");
        services = TestServices.fromEnvironment().isolated("freshness", redis.url());
        vendors = VendorStub.start();
        config = AppConfig.onCaptureWeek(vendors, services).with(FAST_TURNOVER);
        DeployedApp[] instances = DeployedApp.startTwo("freshness", config);
        one = instances[0];
        two = instances[1];
        // Before any test fetches: the first fetch of an instance prunes the log, whichever test makes it.
        try (Connection c = services.connect(); Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO vendor_fetch (id, hall_id, service_date, started_at, duration_ms, outcome, reason)"
                    + " VALUES (nextval('vendor_fetch_seq'), 'malott', DATE '2025-10-20', TIMESTAMP WITH TIME ZONE"
                    + " '2025-10-20 12:00:00+00', 5, 'ok', 'request'), (nextval('vendor_fetch_seq'), 'malott',"
                    + " DATE '2025-11-25', TIMESTAMP WITH TIME ZONE '2025-11-25 12:00:00+00', 5, 'ok', 'request')");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(one, two, vendors, redis);
    }

    @AfterEach
    void vendorsAnswerNormallyAgain() {
        vendors.restore();
    }

    @Test
    void bothInstancesMigratedOneEmptySchemaAtOnceEachVersionOnce() throws Exception {
        try (Connection c = services.connect(); Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT version, COUNT(*) FROM flyway_schema_history WHERE success GROUP BY version ORDER BY CAST(version AS INTEGER)")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                assertThat(rows.getInt(2)).as("version " + rows.getString(1)).isEqualTo(1);
                versions.add(rows.getString(1));
            }
            // The last, without a version, is the campus file's repeatable migration: written once as well.
            assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                    null);
        }
    }

    @Test
    void twoHundredColdRequestsSplitBetweenTwoInstancesAllGetTheOneMenuFromExactlyOneVendorCall() {
        // A day the vendor has not published yet: its answer is kept five minutes, so no refresh follows here.
        String date = "2025-11-14";
        vendors.override(sodexo(date), aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("[]").withFixedDelay(2_000));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            DeployedApp instance = i % 2 == 0 ? one : two;
            responses.add(client.sendAsync(HttpRequest.newBuilder(instance.uri("/api/v2/menus?hall_id=hoch&date=" + date))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> all = responses.stream().map(CompletableFuture::join).toList();

        assertThat(vendors.calls(VendorStub.SODEXO, date)).isEqualTo(1);
        String menu = MenusIT.assertEveryoneGotTheOneMenu(all);
        assertThat(one.get("/api/v2/menus?hall_id=hoch&date=" + date).body()).isEqualTo(menu);
        assertThat(two.get("/api/v2/menus?hall_id=hoch&date=" + date).body()).isEqualTo(menu);
    }

    @Test
    void aSlowVendorOnceWarmIsNeverWaitedForAndItsNewMenuAppearsWhenItAnswers() throws Exception {
        String date = "2025-11-10";
        String path = "/api/v2/menus?hall_id=hoch&date=" + date;
        String before = one.get(path).body();
        assertThat(two.get(path).body()).isEqualTo(before);
        Thread.sleep(5_500);
        // Now due; the vendor takes 10 s and has a new menu.
        vendors.override(sodexo(date), capture("2025-11-17").withFixedDelay(10_000));

        Instant started = Instant.now();
        Duration slowest = Duration.ZERO;
        String latest = before;
        while (latest.equals(before) && Duration.between(started, Instant.now()).toSeconds() < 20) {
            for (DeployedApp instance : List.of(one, two)) {
                Instant asked = Instant.now();
                HttpResponse<String> answer = instance.get(path);
                Duration took = Duration.between(asked, Instant.now());
                slowest = took.compareTo(slowest) > 0 ? took : slowest;
                assertThat(answer.statusCode()).isEqualTo(200);
                latest = answer.body();
            }
            Thread.sleep(100);
        }

        assertThat(slowest).as("answered from the current copy, not after the vendor's 10 s")
                .isLessThan(Duration.ofSeconds(2));
        assertThat(latest).as("the refreshed menu appears once the vendor answers").isNotEqualTo(before);
        assertThat(Duration.between(started, Instant.now())).isGreaterThan(Duration.ofSeconds(9));
        assertThat(vendors.calls(VendorStub.SODEXO, date)).as("one refresh for both instances").isEqualTo(2);
        assertThat(JsonBodies.object(two.get(path).body()).getString("status")).isEqualTo("ok");
    }

    @Test
    void whenTheInstanceHoldingTheLockIsKilledMidFetchAnotherFetchesWithinTheLockTime() throws Exception {
        String date = "2025-11-11";
        // The first call hangs (the doomed instance's); any later one answers at once.
        vendors.override(sodexo(date).inScenario("dies").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("again"),
                capture("2025-11-10").withFixedDelay(30_000));
        vendors.override(sodexo(date).inScenario("dies").whenScenarioStateIs("again"), capture("2025-11-10"));
        DeployedApp doomed = DeployedApp.start("freshness-doomed", config);
        try {
            CompletableFuture.runAsync(() -> doomed.get("/api/v2/menus?hall_id=hoch&date=" + date));
            Instant deadline = Instant.now().plusSeconds(10);
            while (vendors.calls(VendorStub.SODEXO, date) == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(vendors.calls(VendorStub.SODEXO, date)).as("the doomed instance holds the lock").isEqualTo(1);
            Instant killed = Instant.now();
            doomed.kill();

            HttpResponse<String> answer = one.get("/api/v2/menus?hall_id=hoch&date=" + date);

            // The lock outlives the vendor timeout (15 s) by 5 s; the survivor waits for it, then fetches.
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JsonBodies.object(answer.body()).getString("status")).isEqualTo("ok");
            assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(21));
            assertThat(vendors.calls(VendorStub.SODEXO, date)).isEqualTo(2);
            assertThat(two.get("/api/v2/menus?hall_id=hoch&date=" + date).body()).isEqualTo(answer.body());
        } finally {
            doomed.close();
        }
    }

    @Test
    void readingTodayFetchesTheWeekAheadOnceForBothInstancesAndHealthCountsIt() throws Exception {
        int feedCalls = vendors.calls(VendorStub.pomonaPath("Frary"));

        assertThat(one.get("/api/v2/menus?hall_id=frary&date=2025-12-03").statusCode()).isEqualTo(200);
        assertThat(two.get("/api/v2/menus?hall_id=frary&date=2025-12-03").statusCode()).isEqualTo(200);

        Instant deadline = Instant.now().plusSeconds(20);
        while (count("SELECT COUNT(*) FROM vendor_fetch WHERE hall_id = 'frary' AND reason = 'prefetch'") < 6
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(count("SELECT COUNT(*) FROM vendor_fetch WHERE hall_id = 'frary' AND reason = 'prefetch'"))
                .as("2025-12-04 to 2025-12-09, once").isEqualTo(6);
        assertThat(vendors.calls(VendorStub.pomonaPath("Frary")) - feedCalls).as("one download of the weekly feed")
                .isEqualTo(1);
        JsonObject ahead = JsonBodies.object(two.get("/api/v2/menus?hall_id=frary&date=2025-12-05").body());
        assertThat(ahead.getString("status")).isEqualTo("ok");
        String health = AdminSession.signedIn(two).get("/admin").body();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("id=\"health-frary\"[\\s\\S]*?<td>[^<]*</td>\\s*"
                + "<td>(\\d+)</td>\\s*<td>(\\d+)</td>").matcher(health);
        assertThat(row.find()).as(health).isTrue();
        assertThat(Integer.parseInt(row.group(2))).as("runs made ahead of any request").isGreaterThanOrEqualTo(6);
        assertThat(Integer.parseInt(row.group(1))).isGreaterThanOrEqualTo(7);
    }

    @Test
    void signInFailuresCountTogetherWhicheverInstanceAnswers() {
        AdminSession onOne = new AdminSession(one);
        AdminSession onTwo = new AdminSession(two);
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? onOne : onTwo).signIn("eve", "guess " + i).statusCode()).isEqualTo(401);
        }

        assertThat(onOne.signIn("eve", "one more").statusCode()).isEqualTo(429);
        assertThat(onTwo.signIn("eve", "and another").statusCode()).isEqualTo(429);
    }

    @Test
    void aSlowVendorMakesTheWeekPageShowWhatItHasAndSayLoadingForTheRestInsteadOfWaiting() throws Exception {
        // Malott answers after 6 s (well within the 15 s vendor timeout here), with no menu for these dates.
        vendors.override(get(urlPathMatching("/cafe/malott/.*")), aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!doctype html><html><body><script>\nBamco = (typeof Bamco !== \"undefined\") ? Bamco : {};\n"
                        + "Bamco.current_cafe = {name: 'Malott', id: 244};\n</script></body></html>")
                .withFixedDelay(6_000));
        // Today, asked for by the API, waits for the vendor (it was never fetched) and starts reading the week ahead.
        assertThat(one.get("/api/v2/menus?hall_id=malott&date=2025-12-03").statusCode()).isEqualTo(200);

        Instant asked = Instant.now();
        String page = one.get("/halls/malott").body();

        assertThat(Duration.between(asked, Instant.now())).as("the page waits its budget, not for the vendor")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(page).contains("No menu published for this day yet.", "Still fetching this menu from the vendor");
        Instant deadline = Instant.now().plusSeconds(60);
        while (page.contains("Still fetching") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
            page = one.get("/halls/malott").body();
        }
        assertThat(page).as("the fetches went on and the next view has the whole week").doesNotContain("Still fetching");
        for (int day = 3; day <= 9; day++) {
            assertThat(vendors.calls(VendorStub.bonAppetitPath("malott", "2025-12-0" + day))).as("day " + day)
                    .isEqualTo(1);
        }
    }

    @Test
    void theFetchLogForgetsCallsOlderThanThirtyDaysSoRandomTrafficCannotGrowIt() throws Exception {
        // The clock of these instances reads 2025-12-03: the call of 2025-10-20 is 44 days old, 2025-11-25 eight.
        assertThat(one.get("/api/v2/menus?hall_id=hoch&date=2025-11-22").statusCode()).isLessThan(500);

        assertThat(count("SELECT COUNT(*) FROM vendor_fetch WHERE service_date = DATE '2025-10-20'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM vendor_fetch WHERE service_date = DATE '2025-11-25'")).isEqualTo(1);
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder sodexo(String date) {
        return get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo(date));
    }

    private static ResponseDefinitionBuilder capture(String date) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(VendorStub.resource(VendorStub.SODEXO_CAPTURES.get(date)));
    }

    private static int count(String query) throws Exception {
        try (Connection c = services.connect(); Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
