package org.fivecmenus.menu;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.AppSettings;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.fivecmenus.upstream.bonappetit.BonAppetitMenus;
import org.fivecmenus.upstream.pomona.PomonaMenus;
import org.fivecmenus.upstream.sodexo.SodexoMenus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cache-aside, single flight and last-known-good fallback, end to end: the WAR in Payara against PostgreSQL,
 * Redis and the vendor stub. Every test uses hall and date keys of its own, so the tests run in any order.
 */
// A vendor timeout above the capture week's 2 s: the crowd's vendor answers after 2 s, as the acceptance asks.
@AppSettings("VENDOR_TIMEOUT=PT3S")
class MenusIT extends InContainerTest {

    @AfterEach
    void vendorsAnswerNormallyAgain() {
        vendors().restore();
    }

    @Test
    void aColdMissMakesOneVendorCallAndKeepsTheMenuInRedisForTheHardLimit(App app, TestServices services) {
        int before = vendors().calls(VendorStub.pomonaPath("Frary"));

        HttpResponse<String> first = app.get("/api/v2/menus?hall_id=frary&date=2025-12-02");
        HttpResponse<String> second = app.get("/api/v2/menus?hall_id=frary&date=2025-12-02");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(vendors().calls(VendorStub.pomonaPath("Frary")) - before).isEqualTo(1);
        JsonObject day = JsonBodies.object(first.body());
        assertThat(day.getString("status")).isEqualTo("ok");
        assertThat(day.getBoolean("is_stale")).isFalse();
        assertThat(day.getString("fetched_at")).isNotBlank();
        assertThat(Duration.between(OffsetDateTime.parse(day.getString("fetched_at")),
                OffsetDateTime.parse(day.getString("next_fetch_at")))).isBetween(Duration.ofMinutes(25),
                Duration.ofMinutes(35));
        assertThat(day.getJsonArray("meals")).isNotEmpty();
        // Due again after 30 ± 5 minutes (refreshed then, behind the requests), kept for MENUS_MAX_AGE (3 h).
        AtomicLong ttl = new AtomicLong();
        services.withRedis(redis -> ttl.set(redis.sync().pttl("menu:frary:2025-12-02")));
        assertThat(ttl.get()).isBetween(3 * 3_600_000L - 60_000, 3 * 3_600_000L);
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=300,");
    }

    @Test
    void twoHundredConcurrentColdRequestsAllGetTheSameMenuFromExactlyOneVendorCall(App app) {
        vendors().override(get(urlPathEqualTo(VendorStub.pomonaPath("Frank"))), capture("Frank")
                .withFixedDelay(2_000));
        int before = vendors().calls(VendorStub.pomonaPath("Frank"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v2/menus?hall_id=frank&date=2025-12-02"))
                .timeout(Duration.ofSeconds(60)).build();

        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> all = responses.stream().map(CompletableFuture::join).toList();

        assertThat(vendors().calls(VendorStub.pomonaPath("Frank")) - before).isEqualTo(1);
        String menu = assertEveryoneGotTheOneMenu(all);
        assertThat(app.get("/api/v2/menus?hall_id=frank&date=2025-12-02").body()).as("coming back")
                .isEqualTo(menu);
    }

    /** What a crowd on one cold day gets: every one of them the one menu, byte for byte. Returns the menu. */
    static String assertEveryoneGotTheOneMenu(List<HttpResponse<String>> all) {
        assertThat(all).as("nobody is turned away").allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(all.stream().map(HttpResponse::body).collect(Collectors.toSet())).as("identical bodies").hasSize(1);
        return all.get(0).body();
    }

    @Test
    void severalDaysOfAWeeklyFeedAskedForAtOnceCostOneDownload(App app) {
        vendors().override(get(urlPathEqualTo(VendorStub.pomonaPath("Oldenborg"))), capture("Oldenborg")
                .withFixedDelay(1_000));
        int before = vendors().calls(VendorStub.pomonaPath("Oldenborg"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        List<HttpResponse<String>> days = java.util.stream.Stream.of("2025-12-06", "2025-12-07", "2025-12-08", "2025-12-09")
                .map(date -> client.sendAsync(HttpRequest.newBuilder(app.uri("/api/v2/menus?hall_id=oldenborg&date=" + date))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(days).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(JsonBodies.object(days.get(0).body()).getString("status")).as("Oldenborg is closed on Saturdays")
                .isEqualTo("closed");
        assertThat(vendors().calls(VendorStub.pomonaPath("Oldenborg")) - before).isEqualTo(1);
    }

    @Test
    void aVendorErrorServesTheStoredCopyMarkedStaleAndCachesNothingAsFresh(App app, TestServices services) {
        assertServedStaleWhenTheVendorFails(app, services, "2025-11-11", aResponse().withStatus(500).withBody("oops"));
    }

    @Test
    void aVendorTimeoutServesTheStoredCopyMarkedStale(App app, TestServices services) {
        // This class's vendor timeout is 3 s; this vendor takes 5.
        assertServedStaleWhenTheVendorFails(app, services, "2025-11-13",
                aResponse().withStatus(200).withBody("[]").withFixedDelay(5_000));
    }

    @Test
    void aMalformedVendorBodyServesTheStoredCopyMarkedStale(App app, TestServices services) {
        assertServedStaleWhenTheVendorFails(app, services, "2025-12-02",
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("<html><body>Service temporarily unavailable</body></html>"));
    }

    private void assertServedStaleWhenTheVendorFails(App app, TestServices services, String date,
                                                     ResponseDefinitionBuilder failure) {
        String uri = "/api/v2/menus?hall_id=hoch&date=" + date;
        JsonObject fresh = JsonBodies.object(app.get(uri).body());
        assertThat(fresh.getString("status")).isEqualTo("ok");
        // Redis loses the copy; the stored one answers at once while the vendor, which now fails, is asked.
        services.withRedis(redis -> redis.sync().del("menu:hoch:" + date));
        vendors().override(get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo(date)), failure);
        int before = vendors().calls(VendorStub.SODEXO, date);

        HttpResponse<String> atOnce = app.get(uri);

        assertThat(atOnce.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(atOnce.body()).getString("fetched_at")).isEqualTo(fresh.getString("fetched_at"));
        HttpResponse<String> response = awaitStale(app, uri);
        JsonObject stale = JsonBodies.object(response.body());
        assertThat(stale.getBoolean("is_stale")).isTrue();
        assertThat(stale.getString("status")).isEqualTo("stale");
        assertThat(stale.getString("fetched_at")).isEqualTo(fresh.getString("fetched_at"));
        assertThat(stale.getJsonArray("meals")).isEqualTo(fresh.getJsonArray("meals"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(vendors().calls(VendorStub.SODEXO, date) - before).isEqualTo(1);
        // What every instance is served now is the last good menu marked stale, never the vendor's error.
        services.withRedis(redis -> assertThat(redis.sync().get("menu:hoch:" + date)).contains("\"is_stale\":true"));

        // Within the cool-down the failing vendor is not asked again.
        assertThat(JsonBodies.object(app.get(uri).body()).getBoolean("is_stale")).isTrue();
        assertThat(vendors().calls(VendorStub.SODEXO, date) - before).isEqualTo(1);
    }

    /** The refresh runs behind the request that found the copy; its failure shows within a few seconds. */
    private static HttpResponse<String> awaitStale(App app, String uri) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        HttpResponse<String> response = app.get(uri);
        while (!JsonBodies.object(response.body()).getBoolean("is_stale") && java.time.Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = app.get(uri);
        }
        return response;
    }

    @Test
    void theWholeDayCarriesEveryItemTheVendorListedAndTheCuratedViewWhatTheSiteShows(App app)
            throws Exception {
        LocalDate saturday = LocalDate.of(2026, 2, 7);
        DayMenu parsed = new BonAppetitMenus().parse(
                VendorStub.resource(VendorStub.BON_APPETIT_CAPTURES.get("collins")), "collins", saturday);
        String uri = "/api/v2/menus?hall_id=collins&date=" + saturday;

        HttpResponse<String> fullAnswer = app.get(uri);
        HttpResponse<String> curatedAnswer = app.get(uri + "&view=curated");

        JsonObject full = JsonBodies.object(fullAnswer.body());
        JsonObject curated = JsonBodies.object(curatedAnswer.body());
        for (Meal meal : parsed.meals()) {
            assertThat(itemNames(full, meal.key())).as(meal.key()).isEqualTo(itemNames(meal));
            assertThat(itemNames(curated, meal.key())).as(meal.key() + " curated").isEqualTo(itemNames(meal.curated()));
        }
        // The dinner the site shows holds 44 items; the vendor listed many more, the Mongolian grill's among them.
        assertThat(itemNames(full, "dinner")).hasSizeGreaterThan(200);
        assertThat(itemNames(curated, "dinner")).hasSizeLessThan(60);
        JsonObject mongolian = stations(full, "dinner").stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("name").equals("expo- mongolian")).findFirst().orElseThrow();
        assertThat(mongolian.getString("role")).isEqualTo("catalogue");
        assertThat(mongolian.getInt("shown")).isZero();
        assertThat(mongolian.getJsonArray("items")).hasSize(34);
        assertThat(fullAnswer.headers().firstValue("ETag")).isNotEqualTo(curatedAnswer.headers().firstValue("ETag"));
        assertThat(app.get(uri + "&view=curated&meal=dinner").body()).contains("\"role\"");

        HttpResponse<String> bad = app.get(uri + "&view=everything");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.object(bad.body()).getString("detail")).contains("'view' must be full or curated");
    }

    private static jakarta.json.JsonArray stations(JsonObject day, String mealKey) {
        return day.getJsonArray("meals").stream().map(JsonObject.class::cast)
                .filter(m -> m.getString("key").equals(mealKey)).findFirst().orElseThrow().getJsonArray("stations");
    }

    private static java.util.Set<String> itemNames(JsonObject day, String mealKey) {
        return stations(day, mealKey).stream().map(JsonObject.class::cast)
                .flatMap(s -> s.getJsonArray("items").stream().map(JsonObject.class::cast))
                .map(i -> i.getString("name")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static java.util.Set<String> itemNames(Meal meal) {
        return meal.stations().stream().flatMap(s -> s.items().stream()).map(Item::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void aVendorErrorWithNoStoredCopyIs503Unavailable(App app) {
        vendors().override(get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo("2025-11-17")),
                aResponse().withStatus(502));

        HttpResponse<String> response = app.get("/api/v2/menus?hall_id=hoch&date=2025-11-17");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getInt("status")).isEqualTo(503);
        assertThat(problem.getString("menu_status")).isEqualTo("unavailable");
        assertThat(problem.getString("hall_id")).isEqualTo("hoch");
    }

    @Test
    void aNotPublishedDayIsAnAnswerNotAnError(App app) {
        HttpResponse<String> response = app.get("/api/v2/menus?hall_id=hoch&date=2025-12-20");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject day = JsonBodies.object(response.body());
        assertThat(day.getString("status")).isEqualTo("not_published");
        assertThat(day.getJsonArray("meals")).isEmpty();
    }

    @Test
    void aMealAskedOfADayWithoutAMenuAnswersItsKeyNeverTheTextAsIt(App app) {
        HttpResponse<String> response = app.get(
                "/api/v2/menus?hall_id=hoch&date=2025-12-20&meal=%22%3E%3Csvg%20onload%3Dalert(1)%3E%20Lunch");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<svg", "\"\u003e");
        assertThat(JsonBodies.object(response.body()).getString("meal")).isEqualTo("svg_onload_alert_1_lunch");
    }

    @Test
    void aMatchingEtagGets304WithoutABody(App app) {
        HttpResponse<String> first = app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-04");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-04", "If-None-Match", etag);

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        assertThat(app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-04", "If-None-Match", "\"other\"")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void oneMealIsCutFromTheDayByPeriodOrKeyInAnyCase(App app) {
        JsonObject brunch = JsonBodies.object(app.get("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=Brunch").body());

        assertThat(brunch.getString("meal")).isEqualTo("brunch");
        assertThat(brunch.getString("label")).isEqualTo("Brunch");
        assertThat(brunch.getString("starts_at")).isEqualTo("10:30:00");
        assertThat(brunch.getString("ends_at")).isEqualTo("12:30:00");
        // The curated brunch, as the site's cards show it: ten stations, 41 items; the whole one keeps the
        // catalogue stations too.
        JsonObject curated = JsonBodies.object(
                app.get("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=brunch&view=curated").body());
        assertThat(curated.getJsonArray("stations")).hasSize(10);
        assertThat(curated.getJsonArray("stations").getValuesAs(JsonObject.class).stream()
                .mapToInt(s -> s.getJsonArray("items").size()).sum()).isEqualTo(41);
        assertThat(brunch.getJsonArray("stations").getValuesAs(JsonObject.class).stream()
                .mapToInt(s -> s.getInt("shown")).sum()).as("what the curated form shows, counted in the whole")
                .isEqualTo(41);
        assertThat(brunch.getJsonArray("stations").size()).isGreaterThan(10);
    }

    @Test
    void anUnknownMealIs404WithTheMealsOfThatDay(App app) {
        HttpResponse<String> response = app.get("/api/v2/menus?hall_id=collins&date=2026-02-07&meal=lunch");

        assertThat(response.statusCode()).isEqualTo(404);
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getJsonArray("meals").getValuesAs(JsonObject.class).stream().map(m -> m.getString("key")))
                .containsExactly("brunch", "dinner");
    }

    @Test
    void theApiServesWhatTheParserReadsFromTheCaptureForOneHallOfEachVendor(App app) throws Exception {
        assertApiMatchesParser(app, "hoch", "2025-11-10", new SodexoMenus()
                .parse(VendorStub.resource(VendorStub.SODEXO_CAPTURES.get("2025-11-10")), "hoch", LocalDate.parse("2025-11-10")));
        assertApiMatchesParser(app, "malott", "2026-02-07", new BonAppetitMenus()
                .parse(VendorStub.resource(VendorStub.BON_APPETIT_CAPTURES.get("malott")), "malott", LocalDate.parse("2026-02-07")));
        assertApiMatchesParser(app, "frary", "2025-12-07", new PomonaMenus()
                .parse(VendorStub.resource(VendorStub.POMONA_CAPTURES.get("Frary")), "frary", LocalDate.parse("2025-12-07")));
    }

    private static void assertApiMatchesParser(App app, String hall, String date, DayMenu parsed) {
        JsonObject day = JsonBodies.object(app.get("/api/v2/menus?hall_id=" + hall + "&date=" + date).body());
        List<JsonObject> meals = day.getJsonArray("meals").getValuesAs(JsonObject.class);
        assertThat(meals.stream().map(m -> m.getString("key"))).as(hall)
                .containsExactlyElementsOf(parsed.meals().stream().map(Meal::key).toList());
        for (int i = 0; i < meals.size(); i++) {
            Meal expected = parsed.meals().get(i);
            List<JsonObject> stations = meals.get(i).getJsonArray("stations").getValuesAs(JsonObject.class);
            assertThat(stations.stream().map(s -> s.getString("name"))).as(hall + " " + expected.key())
                    .containsExactlyElementsOf(expected.stations().stream().map(Station::name).toList());
            assertThat(stations.stream().flatMap(s -> s.getJsonArray("items").getValuesAs(JsonObject.class).stream())
                    .map(item -> item.getString("name")))
                    .containsExactlyElementsOf(expected.stations().stream().flatMap(s -> s.items().stream())
                            .map(Item::name).toList());
        }
    }

    @Test
    void everyItemCarriesTheParsersTagsAllergensAndCaloriesValueForValue(App app) throws Exception {
        DayMenu parsed = new SodexoMenus().parse(VendorStub.resource(VendorStub.SODEXO_CAPTURES.get("2025-11-10")),
                "hoch", LocalDate.parse("2025-11-10"));
        JsonObject day = JsonBodies.object(app.get("/api/v2/menus?hall_id=hoch&date=2025-11-10").body());

        List<JsonObject> served = day.getJsonArray("meals").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("stations").getValuesAs(JsonObject.class).stream())
                .flatMap(st -> st.getJsonArray("items").getValuesAs(JsonObject.class).stream()).toList();
        List<Item> expected = parsed.meals().stream().flatMap(m -> m.stations().stream())
                .flatMap(st -> st.items().stream()).toList();
        assertThat(served).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Item want = expected.get(i);
            JsonObject got = served.get(i);
            assertThat(got.getString("name")).isEqualTo(want.name());
            assertThat(got.isNull("description") ? null : got.getString("description")).as(want.name())
                    .isEqualTo(want.description());
            assertThat(got.getBoolean("featured")).as(want.name()).isEqualTo(want.featured());
            assertThat(strings(got, "tags")).as(want.name()).isEqualTo(want.tags());
            assertThat(strings(got, "allergens")).as(want.name()).isEqualTo(want.allergens());
            assertThat(got.isNull("calories") ? null : got.getInt("calories")).as(want.name()).isEqualTo(want.calories());
        }
        // The capture has each kind of value, so each comparison above was made on something.
        assertThat(expected).anySatisfy(item -> assertThat(item.tags()).isNotEmpty())
                .anySatisfy(item -> assertThat(item.allergens()).isNotEmpty())
                .anySatisfy(item -> assertThat(item.calories()).isNotNull());
    }

    private static List<String> strings(JsonObject item, String key) {
        return item.isNull(key) ? null : item.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void browsersOnOtherOriginsMayReadTheApi(App app) {
        HttpResponse<String> response = app.get("/api/v2/halls", "Origin", "https://example.edu");

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                h -> assertThat(h).contains("ETag"));
    }

    private static ResponseDefinitionBuilder capture(String feed) {
        return aResponse().withStatus(200).withBody("/**/ menuData(" + new String(
                VendorStub.resource(VendorStub.POMONA_CAPTURES.get(feed)), java.nio.charset.StandardCharsets.UTF_8) + ");");
    }

}
