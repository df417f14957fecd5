package org.fivecmenus.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.Load;
import org.fivecmenus.testing.OwnPostgres;
import org.fivecmenus.testing.OwnRedis;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * PostgreSQL of the test's own, stopped under load: cached menus are still served and so are menus fetched
 * fresh meanwhile, which are stored once it is back; readiness is DOWN while it is away. Then an application
 * started while PostgreSQL is down becomes ready when it returns.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseUnderLoadIT {

    private static final List<String> CACHED = List.of(
            "/api/v2/menus?hall_id=hoch&date=2025-11-10", "/api/v2/menus?hall_id=hoch&date=2025-12-01",
            "/api/v2/menus?hall_id=frary&date=2025-12-03", "/api/v2/menus?hall_id=oldenborg&date=2025-12-02",
            "/api/v2/menus?hall_id=collins&date=2026-02-07", "/", "/halls/frary", "/open-now", "/api/v2/open-now");
    /** Days first asked while PostgreSQL is down. */
    private static final List<String> FRESH_DATES = List.of("2025-11-11", "2025-11-12", "2025-11-13", "2025-11-17");

    private static OwnPostgres postgres;
    private static OwnRedis redis;
    private static VendorStub vendors;
    private static final List<DeployedApp> apps = new ArrayList<>();

    @BeforeAll
    static void start() {
        postgres = OwnPostgres.start("under-load");
        redis = OwnRedis.start("database-under-load");
        vendors = VendorStub.start();
    }

    @AfterAll
    static void stop() {
        List<AutoCloseable> all = new ArrayList<>(apps);
        all.addAll(List.of(vendors, redis, postgres));
        DeployedApp.closeAll(all.toArray(AutoCloseable[]::new));
    }

    private static AppConfig config() {
        return AppConfig.onCaptureWeek(vendors).with(Map.of("DB_URL", postgres.jdbcUrl(), "DB_USER", "postgres",
                "DB_PASSWORD", "", "REDIS_URL", redis.url(), "DB_CONNECT_TIMEOUT", "PT2S", "DB_RETRY_INTERVAL", "PT2S"));
    }

    @Test
    @Order(1)
    void stoppedUnderLoadServesCachedAndFreshMenusAndStoresTheFreshOnesWhenBack() throws Exception {
        DeployedApp app = started("database-under-load", response -> response.statusCode() == 200
                && response.body().contains("\"database\""));
        CACHED.forEach(app::get);

        Load load = Load.start(app, 4, CACHED, Duration.ofSeconds(5));
        Thread.sleep(2_000);
        Instant stopped = Instant.now();
        postgres.stop();
        boolean downSeen = await(app, 503, Duration.ofSeconds(20));
        Map<String, String> servedFresh = new LinkedHashMap<>();
        for (String date : FRESH_DATES) {
            HttpResponse<String> response = app.get("/api/v2/menus?hall_id=hoch&date=" + date);
            assertThat(response.statusCode()).as(date + " fetched while the database is down").isEqualTo(200);
            JsonObject day = JsonBodies.object(response.body());
            assertThat(day.getString("status")).isEqualTo("ok");
            servedFresh.put(date, day.getString("fetched_at"));
        }
        Thread.sleep(2_000);
        Instant restarted = Instant.now();
        postgres.startAgain();
        boolean upSeen = await(app, 200, Duration.ofSeconds(60));
        Instant ready = Instant.now();
        Map<String, Instant> stored = awaitStored(servedFresh.keySet(), Duration.ofSeconds(30));
        Thread.sleep(1_000);
        Load.Phase all = load.stop();

        System.out.println("DatabaseUnderLoadIT while down: " + load.between(stopped, restarted));
        System.out.println("DatabaseUnderLoadIT ready again after " + Duration.between(restarted, ready).toMillis()
                + " ms");
        assertThat(all.failures()).as("failed requests").isEmpty();
        assertThat(load.between(stopped, restarted).samples()).as("requests while down").isNotEmpty();
        assertThat(downSeen).as("readiness is DOWN while the database is away").isTrue();
        assertThat(upSeen).as("and UP once it is back").isTrue();
        assertThat(stored).as("every menu fetched meanwhile is stored, as it was served")
                .hasSize(FRESH_DATES.size());
        servedFresh.forEach((date, fetchedAt) ->
                assertThat(stored.get(date)).as(date).isEqualTo(OffsetDateTime.parse(fetchedAt).toInstant()));
        assertThat(apps.get(0).log()).contains("menus kept while the database was away");
    }

    @Test
    @Order(2)
    void anApplicationStartedWhilePostgresIsDownBecomesReadyWhenItReturns() throws Exception {
        postgres.stop();
        DeployedApp app = started("database-returns", response -> response.body().contains("\"database\""));

        assertThat(app.get("/health/ready").statusCode()).isEqualTo(503);
        assertThat(app.get("/health/live").statusCode()).isEqualTo(200);

        postgres.startAgain();

        assertThat(await(app, 200, Duration.ofSeconds(60))).as("ready once PostgreSQL is back").isTrue();
        assertThat(JsonBodies.array(app.get("/api/v2/halls").body())).hasSize(7);
        assertThat(app.get("/api/v2/menus?hall_id=hoch&date=2025-11-12").statusCode()).isEqualTo(200);
    }

    private static DeployedApp started(String name, Predicate<HttpResponse<String>> ready) {
        DeployedApp app = DeployedApp.start(name, config(), ready);
        apps.add(app);
        return app;
    }

    private static boolean await(DeployedApp app, int readiness, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (app.get("/health/ready").statusCode() == readiness) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** The fetched_at of each of Hoch's days the database holds, once it holds all of them (or at the limit). */
    private static Map<String, Instant> awaitStored(java.util.Set<String> dates, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        Map<String, Instant> stored = new HashMap<>();
        while (Instant.now().isBefore(deadline)) {
            stored.clear();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "");
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT fetched_at FROM menu_day WHERE hall_id = 'hoch' AND service_date = ?")) {
                for (String date : dates) {
                    query.setObject(1, LocalDate.parse(date));
                    try (ResultSet row = query.executeQuery()) {
                        if (row.next()) {
                            stored.put(date, row.getObject(1, OffsetDateTime.class).toInstant());
                        }
                    }
                }
            }
            if (stored.size() == dates.size()) {
                return stored;
            }
            Thread.sleep(500);
        }
        return stored;
    }
}
