package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fivecmenus.dish.DishNames;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A cold start on the embedded default (H2, no Redis), reading ahead as in production: the first home page has
 * every hall's menu, the week fetched ahead is stored without a lock timeout or a lost menu, and every dish of a
 * served menu has its dish page and search hit the moment the menu is served. How fast the first page comes is
 * measured by bench/cold-start.sh, not here: the page budget is raised so that this asserts completeness only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ColdStartIT {

    private static final LocalDate TODAY = LocalDate.parse("2025-12-03");

    private static VendorStub vendors;
    private static DeployedApp app;

    @BeforeAll
    static void start() {
        vendors = VendorStub.start();
        // What production does, which the shared test app turns off: read the week ahead, reuse the weekly feed.
        app = DeployedApp.start("cold-start", AppConfig.onCaptureWeek(vendors)
                .without("MENUS_PREFETCH_DAYS", "VENDOR_FEED_REUSE", "MENUS_WARM_UP")
                .with("PAGES_WAIT_BUDGET", "PT30S"));
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(app, vendors);
    }

    @Test
    @Order(1)
    void theFirstHomePageAfterStartHasEveryHallsMenu() {
        HttpResponse<String> home = app.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).as("no hall still fetching").doesNotContain("Still fetching");
        assertThat(home.body()).as("Frank's menu of the capture week").contains("Frank");
    }

    @Test
    @Order(2)
    void theWeekReadAheadIsStoredWithoutALockTimeoutOrALostMenu() throws InterruptedException {
        app.get("/");
        awaitVendorsQuiet(Duration.ofSeconds(3), Duration.ofSeconds(60));

        // Stored means its dishes are in the database: a restart must not be needed to find them.
        JsonObject ahead = JsonBodies.object(app.get("/api/v2/menus?hall_id=frary&date=" + TODAY.plusDays(3)).body());
        assertThat(ahead.getString("status")).isEqualTo("ok");
        assertThat(app.log()).doesNotContain("Timeout trying to lock", "Could not store", "NOT STORED",
                "Storing the menu");
    }

    @Test
    @Order(3)
    void everyDishOfAColdMenuHasItsPageAndSearchHitAsSoonAsTheMenuIsServed() {
        assertEveryDishIsFound("frank", TODAY.minusDays(2));
    }

    @Test
    @Order(4)
    void everyDishOfADayReadAheadHasItsPageAndSearchHitAsSoonAsTheDayIsServed() {
        assertEveryDishIsFound("oldenborg", TODAY.plusDays(1));
    }

    /**
     * Every dish of the day as served: its dish answer has that serving, its page exists, and a search for its name
     * finds it. The moment between serving a menu and indexing its dishes is too short to hit from here; DishesTest
     * holds a menu in it.
     */
    private static void assertEveryDishIsFound(String hallId, LocalDate date) {
        HttpResponse<String> menu = app.get("/api/v2/menus?hall_id=" + hallId + "&date=" + date);
        assertThat(menu.statusCode()).as(menu.body()).isEqualTo(200);
        Set<String> names = new LinkedHashSet<>();
        JsonObject day = JsonBodies.object(menu.body());
        day.getJsonArray("meals").getValuesAs(JsonObject.class).forEach(meal -> meal.getJsonArray("stations")
                .getValuesAs(JsonObject.class).forEach(station -> station.getJsonArray("items")
                        .getValuesAs(JsonObject.class).forEach(item -> names.add(item.getString("name")))));
        assertThat(names).as("a menu with dishes").isNotEmpty();

        for (String name : names) {
            String slug = DishNames.slug(name);
            if (slug.isEmpty()) {
                continue;
            }
            HttpResponse<String> dish = app.get("/api/v2/dishes/" + slug);
            assertThat(dish.statusCode()).as(name + ": " + dish.body()).isEqualTo(200);
            JsonObject found = JsonBodies.object(dish.body());
            List<JsonObject> servings = new java.util.ArrayList<>(found.getJsonArray("upcoming")
                    .getValuesAs(JsonObject.class));
            servings.addAll(found.getJsonArray("past").getValuesAs(JsonObject.class));
            assertThat(servings).as(name).anySatisfy(s -> {
                assertThat(s.getString("hall_id")).isEqualTo(hallId);
                assertThat(s.getString("date")).isEqualTo(date.toString());
            });
            assertThat(app.get("/dishes/" + slug).body()).as(name).doesNotContain("No such dish");
            HttpResponse<String> search = app.get("/api/v2/dishes?q=" + URLEncoder.encode(name,
                    StandardCharsets.UTF_8));
            if (DishNames.normal(name).length() >= 2 && name.length() <= 60) {
                assertThat(JsonBodies.object(search.body()).getJsonArray("dishes").getValuesAs(JsonObject.class))
                        .as("search for " + name).extracting(d -> d.getString("slug")).contains(slug);
            }
        }
    }

    /** Waits until no vendor call has come for {@code quiet}: the reading ahead is over. */
    private static void awaitVendorsQuiet(Duration quiet, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        int seen = -1;
        Instant since = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            int now = vendors.urlsCalled().size() + vendors.receivedAt(VendorStub.SODEXO).size()
                    + vendors.receivedAt(VendorStub.pomonaPath("Frary")).size();
            if (now != seen) {
                seen = now;
                since = Instant.now();
            } else if (Duration.between(since, Instant.now()).compareTo(quiet) >= 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the vendors were still called after " + atMost);
    }
}
