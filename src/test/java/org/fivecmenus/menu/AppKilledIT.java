package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.Load;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application killed ({@code kill -9}) while it fetches menus for clients: every menu it answered is in
 * PostgreSQL afterwards, and the restarted application serves that stored copy. Without Redis, so that what
 * the restarted one serves can only come from the database.
 */
class AppKilledIT {

    private static TestServices services;
    private static VendorStub vendors;
    private static final List<DeployedApp> apps = new ArrayList<>();

    @BeforeAll
    static void start() {
        services = TestServices.fromEnvironment().isolated("app_killed", "");
        vendors = VendorStub.start();
    }

    @AfterAll
    static void stop() {
        List<AutoCloseable> all = new ArrayList<>(apps);
        all.add(vendors);
        DeployedApp.closeAll(all.toArray(AutoCloseable[]::new));
    }

    private static DeployedApp started(String name) {
        DeployedApp app = DeployedApp.start(name, AppConfig.onCaptureWeek(vendors, services));
        apps.add(app);
        return app;
    }

    @Test
    void everyMenuAnsweredBeforeAKillIsStoredAndServedAfterTheRestart() throws Exception {
        DeployedApp app = started("app-killed");
        List<String> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2025, 11, 3); day.isBefore(LocalDate.of(2026, 1, 31)); day = day.plusDays(1)) {
            days.add("/api/v2/menus?hall_id=hoch&date=" + day);
        }

        // Slow enough that the kill finds fetches under way, not only finished ones.
        vendors.delayEveryAnswer(Duration.ofMillis(150));
        Load load = Load.start(app, 4, days, Duration.ofSeconds(5));
        Thread.sleep(4_000);
        app.kill();
        Load.Phase beforeTheKill = load.stop();

        Set<String> answered = new TreeSet<>();
        beforeTheKill.samples().stream().filter(sample -> sample.status() == 200)
                .forEach(sample -> answered.add(sample.path().substring(sample.path().length() - 10)));
        System.out.println("AppKilledIT: " + answered.size() + " days answered before the kill, "
                + beforeTheKill.failures().size() + " requests cut by it");
        assertThat(answered).as("the kill came while menus were being answered").hasSizeGreaterThan(5);
        Map<String, OffsetDateTime> stored = stored(answered);
        assertThat(stored.keySet()).as("every menu answered is in PostgreSQL").containsExactlyInAnyOrderElementsOf(answered);

        vendors.delayEveryAnswer(Duration.ZERO);
        DeployedApp restarted = started("app-killed-restarted");
        for (String date : answered) {
            var day = JsonBodies.object(restarted.get("/api/v2/menus?hall_id=hoch&date=" + date).body());
            assertThat(OffsetDateTime.parse(day.getString("fetched_at")).toInstant()).as(date)
                    .isEqualTo(stored.get(date).toInstant());
        }
    }

    private static Map<String, OffsetDateTime> stored(Set<String> dates) throws Exception {
        Map<String, OffsetDateTime> stored = new HashMap<>();
        try (Connection connection = services.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT fetched_at FROM menu_day WHERE hall_id = 'hoch' AND service_date = ?")) {
            for (String date : dates) {
                query.setObject(1, LocalDate.parse(date));
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        stored.put(date, row.getObject(1, OffsetDateTime.class));
                    }
                }
            }
        }
        return stored;
    }
}
