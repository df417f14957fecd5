package org.fivecmenus.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.OwnRedis;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a vendor has been seen to fail, against a running application with its own Redis and schema: each
 * one answers the last good menu marked stale when one is stored, and "unavailable" when none is; what Redis
 * and the database keep is never the vendor's error; and a vendor failing for every day is paused by its
 * circuit breaker instead of being asked for each one.
 */
class VendorFaultsIT {

    private static OwnRedis redis;
    private static VendorStub vendors;
    private static TestServices services;
    private static DeployedApp app;

    @BeforeAll
    static void start() {
        redis = OwnRedis.start("vendor-faults");
        services = TestServices.fromEnvironment().isolated("vendor_faults", redis.url());
        vendors = VendorStub.start();
        // The breaker's pause, shortened through its MicroProfile Fault Tolerance setting, so that the test
        // sees it close again.
        app = DeployedApp.start("vendor-faults", AppConfig.onCaptureWeek(vendors, services)
                .with("ORG_FIVECMENUS_UPSTREAM_BONAPPETIT_BONAPPETITKIND_CALL_CIRCUITBREAKER_DELAY", "3000"));
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(app, vendors, redis);
    }

    @AfterEach
    void vendorsAnswerAgain() {
        vendors.restore();
    }

    /** One Sodexo date per fault, each with a capture, so that each case has a stored copy of its own. */
    static Stream<Arguments> faults() {
        byte[] capture = VendorStub.resource(VendorStub.SODEXO_CAPTURES.get("2025-11-13"));
        return Stream.of(
                Arguments.of("slow beyond the vendor timeout", "2025-11-10",
                        aResponse().withStatus(200).withBody("[]").withFixedDelay(4_000)),
                Arguments.of("500", "2025-11-11", aResponse().withStatus(500).withBody("Internal Server Error")),
                Arguments.of("connection reset", "2025-11-12", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Arguments.of("truncated body", "2025-11-13", aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(Arrays.copyOf(capture, capture.length / 2))),
                Arguments.of("an HTML error page instead of JSON", "2025-11-17", aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<!DOCTYPE html><html><body><h1>We'll be right back</h1></body></html>")),
                Arguments.of("empty body", "2025-12-01", aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json").withBody("")),
                Arguments.of("a format change that parses to zero items", "2025-12-02", aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"name\":\"LUNCH\",\"groups\":[]}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailingVendorServesTheStoredMenuMarkedStale(String fault, String date, ResponseDefinitionBuilder failure)
            throws Exception {
        String uri = "/api/v2/menus?hall_id=hoch&date=" + date;
        JsonObject fresh = JsonBodies.object(app.get(uri).body());
        assertThat(fresh.getString("status")).isEqualTo("ok");
        assertThat(fresh.getJsonArray("meals")).isNotEmpty();
        // Redis loses its copy, so the next request asks the vendor, which now fails this way.
        services.withRedis(r -> r.sync().del("menu:hoch:" + date));
        vendors.override(get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo(date)), failure);
        int before = vendors.calls(VendorStub.SODEXO, date);

        HttpResponse<String> atOnce = app.get(uri);
        HttpResponse<String> response = awaitStale(uri);

        assertThat(atOnce.statusCode()).as("the stored copy answers while the vendor is asked").isEqualTo(200);
        JsonObject stale = JsonBodies.object(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(stale.getString("status")).isEqualTo("stale");
        assertThat(stale.getBoolean("is_stale")).isTrue();
        assertThat(stale.getString("fetched_at")).isEqualTo(fresh.getString("fetched_at"));
        assertThat(stale.getJsonArray("meals")).isEqualTo(fresh.getJsonArray("meals"));
        assertThat(vendors.calls(VendorStub.SODEXO, date) - before).as("one call, then the cool-down").isEqualTo(1);
        AtomicReference<String> shared = new AtomicReference<>();
        services.withRedis(r -> shared.set(r.sync().get("menu:hoch:" + date)));
        assertThat(shared.get()).as("Redis holds the last good menu, never the error")
                .contains("\"is_stale\":true", fresh.getJsonArray("meals").getJsonObject(0).getString("label"));
        assertThat(storedStatus("hoch", date)).as("the database keeps the last good menu").isEqualTo("served");
        assertThat(lastOutcome("hoch", date)).isEqualTo("failed");
    }

    @Test
    void aFailingVendorWithNothingStoredIsUnavailableAndNothingIsKept() throws Exception {
        String date = "2025-11-19";
        vendors.override(get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo(date)),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        HttpResponse<String> response = app.get("/api/v2/menus?hall_id=hoch&date=" + date);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonBodies.object(response.body()).getString("menu_status")).isEqualTo("unavailable");
        AtomicReference<String> shared = new AtomicReference<>();
        services.withRedis(r -> shared.set(r.sync().get("menu:hoch:" + date)));
        assertThat(shared.get()).as("an error is not shared as a menu").isNull();
        assertThat(storedStatus("hoch", date)).isNull();
    }

    @Test
    void aVendorFailingForEveryDayIsPausedByItsCircuitBreakerAndAskedAgainAfterThePause() throws Exception {
        vendors.override(get(urlPathMatching("/cafe/.*")), aResponse().withStatus(500).withBody("down"));
        List<Integer> statuses = new ArrayList<>();

        for (int day = 1; day <= 16; day++) {
            statuses.add(app.get("/api/v2/menus?hall_id=collins&date=2026-01-%02d".formatted(day)).statusCode());
        }
        int callsWhileDown = vendorCallsToHall("collins");
        HttpResponse<String> otherHall = app.get("/api/v2/menus?hall_id=malott&date=2026-02-07");
        HttpResponse<String> otherVendor = app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-02");

        assertThat(statuses).as("nothing stored: each day is unavailable").containsOnly(503);
        assertThat(vendorCallsTo("/cafe/")).as("eight failed calls open the breaker; the rest are not made")
                .isEqualTo(8);
        assertThat(otherHall.statusCode()).as("the breaker is the vendor's: another of its halls waits too")
                .isEqualTo(503);
        assertThat(vendorCallsTo("/cafe/malott/")).isZero();
        assertThat(otherVendor.statusCode()).as("another vendor is not paused").isEqualTo(200);
        assertThat(pausedFetches("collins")).as("the fetch log says why no call was made").isEqualTo(16 - callsWhileDown);

        vendors.restore();
        Thread.sleep(3_500);
        HttpResponse<String> afterThePause = app.get("/api/v2/menus?hall_id=collins&date=2026-02-07");
        assertThat(afterThePause.statusCode()).as("the trial call after the pause succeeds").isEqualTo(200);
        assertThat(JsonBodies.object(afterThePause.body()).getString("status")).isEqualTo("ok");
        // Malott's day stays in its own cool-down after the paused answer; a hall not asked yet shows the breaker.
        assertThat(app.get("/api/v2/menus?hall_id=mcconnell&date=2026-02-07").statusCode())
                .as("and the breaker is closed again").isEqualTo(200);
    }

    @Test
    void aCrowdWaitingForASlowVendorHoldsNoRequestThreadAndEveryoneGetsTheMenu() throws Exception {
        String date = "2025-11-20";
        vendors.override(get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo(date)),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")
                        .withFixedDelay(1_500));
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        // Three times the 64 request threads of the run command (src/main/payara/micro.options) and of this app.
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> crowd = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            crowd.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(app.uri("/api/v2/menus?hall_id=hoch&date="
                    + date)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        while (vendors.calls(VendorStub.SODEXO, date) == 0) {
            Thread.sleep(10);
        }

        HttpResponse<String> halls = app.get("/api/v2/halls");
        assertThat(halls.statusCode()).isEqualTo(200);
        assertThat(crowd).as("the halls were answered while the whole crowd still waited for the vendor")
                .noneMatch(java.util.concurrent.CompletableFuture::isDone);

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (var answer : crowd) {
            answers.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        assertThat(vendors.calls(VendorStub.SODEXO, date)).as("one vendor call").isEqualTo(1);
        assertThat(answers).as("nobody turned away").allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
    }

    @Test
    void atMostFourMenusAreFetchedAndParsedAtOnce() throws Exception {
        List<String> days = List.of("2025-11-21", "2025-11-22", "2025-11-23", "2025-11-24", "2025-11-25",
                "2025-11-26", "2025-11-27", "2025-11-28");
        vendors.override(get(urlPathEqualTo(VendorStub.SODEXO)), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]").withFixedDelay(1_000));
        int before = vendors.receivedAt(VendorStub.SODEXO).size();
        var threads = java.util.concurrent.Executors.newFixedThreadPool(days.size());
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
            for (String day : days) {
                statuses.add(threads.submit(() -> app.get("/api/v2/menus?hall_id=hoch&date=" + day).statusCode()));
            }
            for (var status : statuses) {
                assertThat(status.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            threads.shutdownNow();
        }

        List<Instant> received = vendors.receivedAt(VendorStub.SODEXO);
        received = received.subList(before, received.size());
        assertThat(received).hasSize(days.size());
        // The fifth call starts only when one of the first four (each a second long) has ended.
        assertThat(Duration.between(received.get(0), received.get(4))).as("calls " + received)
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(Duration.between(received.get(0), received.get(3))).as("four side by side")
                .isLessThan(Duration.ofMillis(900));
    }

    private int vendorCallsTo(String prefix) {
        int calls = 0;
        for (String hall : List.of("collins", "malott", "mcconnell")) {
            if (("/cafe/" + hall + "/").startsWith(prefix)) {
                calls += vendorCallsToHall(hall);
            }
        }
        return calls;
    }

    private int vendorCallsToHall(String hall) {
        int calls = 0;
        for (int day = 1; day <= 31; day++) {
            calls += vendors.calls(VendorStub.bonAppetitPath(hall, "2026-01-%02d".formatted(day)));
        }
        return calls + vendors.calls(VendorStub.bonAppetitPath(hall, "2026-02-07"));
    }

    private HttpResponse<String> awaitStale(String uri) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        HttpResponse<String> response = app.get(uri);
        while (!JsonBodies.object(response.body()).getBoolean("is_stale") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            response = app.get(uri);
        }
        return response;
    }

    private static String storedStatus(String hall, String date) throws Exception {
        return one("SELECT status FROM menu_day WHERE hall_id = ? AND service_date = ?", hall, date);
    }

    private static String lastOutcome(String hall, String date) throws Exception {
        return one("SELECT outcome FROM vendor_fetch WHERE hall_id = ? AND service_date = ? ORDER BY id DESC "
                + "LIMIT 1", hall, date);
    }

    private static int pausedFetches(String hall) throws Exception {
        return Integer.parseInt(one("SELECT count(*) FROM vendor_fetch WHERE hall_id = ? AND outcome = 'failed' "
                + "AND error LIKE '%circuit breaker open%' AND service_date >= ?", hall, "2026-01-01"));
    }

    private static String one(String sql, String hall, String date) throws Exception {
        try (Connection connection = services.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, hall);
            query.setObject(2, java.time.LocalDate.parse(date));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
