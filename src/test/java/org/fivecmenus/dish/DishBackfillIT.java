package org.fivecmenus.dish;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Days stored without their dishes indexed (before the index existed) are indexed in the background. */
class DishBackfillIT {

    private static VendorStub vendors;
    private static TestServices services;
    private static DeployedApp app;

    @BeforeAll
    static void start() {
        vendors = VendorStub.start();
        services = TestServices.fromEnvironment().isolated("dish_backfill", "");
        app = DeployedApp.start("dish-backfill", AppConfig.onCaptureWeek(vendors, services)
                .with(Map.of("DISHES_BACKFILL_DELAY", "PT1S", "DISHES_BACKFILL_EVERY", "PT1S")));
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(app, vendors);
    }

    @Test
    void aStoredDayWhoseDishesAreNotIndexedIsIndexedWithoutAVendorCall() throws Exception {
        assertThat(app.get("/api/v2/menus?hall_id=frank&date=2025-12-01").statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v2/dishes/cheese-tortellini").statusCode()).isEqualTo(200);
        int feedCalls = vendors.calls(VendorStub.pomonaPath("Frank"));

        try (Connection c = services.connect(); Statement sql = c.createStatement()) {
            // The day's dishes are indexed behind the answer: wait until they are, then take them away.
            long indexed = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (count(sql) == 0 && System.nanoTime() < indexed) {
                Thread.sleep(100);
            }
            assertThat(sql.executeUpdate("DELETE FROM dish_serving WHERE hall_id = 'frank'")).isPositive();
        }
        // No check here that the page lost Frank: the backfill runs every second in this test and may already have
        // put it back (a CI run saw that). The rows were deleted; that Frank is back proves the backfill did it.

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body;
        do {
            Thread.sleep(250);
            body = app.get("/api/v2/dishes/cheese-tortellini").body();
        } while (!body.contains("\"frank\"") && System.nanoTime() < deadline);
        assertThat(body).as("indexed again within 20 s").contains("\"hall_id\":\"frank\"");
        assertThat(vendors.calls(VendorStub.pomonaPath("Frank"))).isEqualTo(feedCalls);
    }

    private static int count(Statement sql) throws java.sql.SQLException {
        try (java.sql.ResultSet rows = sql.executeQuery("SELECT count(*) FROM dish_serving WHERE hall_id = 'frank'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
