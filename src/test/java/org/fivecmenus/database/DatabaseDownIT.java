package org.fivecmenus.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A start with DB_URL pointing at a database that is down: loud in the log, DOWN in readiness, 503 in the API.
 * Redis is down too, which must not stop the application from starting either.
 */
class DatabaseDownIT {

    private static DeployedApp app;
    private static final List<Socket> CLOSED_PORTS = new ArrayList<>();

    @BeforeAll
    static void startAgainstADatabaseThatIsDown() throws IOException {
        int closedPort = closedPort();
        app = DeployedApp.start("database-down",
                AppConfig.of(Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/menus_test",
                        "DB_USER", "menus", "DB_PASSWORD", "menus", "DB_RETRY_INTERVAL", "PT2S",
                        "REDIS_URL", "redis://127.0.0.1:" + closedPort() + "/0")),
                response -> response.body().contains("\"database\""));
    }

    /**
     * A port that refuses connections for as long as the class runs: bound, never listening, so that nothing else
     * (once, the application's own HTTP listener, which made the "database" time out instead) can take it.
     */
    private static int closedPort() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        CLOSED_PORTS.add(socket);
        return socket.getLocalPort();
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        for (Socket socket : CLOSED_PORTS) {
            socket.close();
        }
    }

    @Test
    void readinessReportsTheDatabaseDown() {
        HttpResponse<String> response = app.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonObject health = JsonBodies.object(response.body());
        assertThat(health.getString("status")).isEqualTo("DOWN");
        JsonObject database = org.fivecmenus.health.HealthIT.checks(health).get("database");
        assertThat(database.getString("status")).isEqualTo("DOWN");
        assertThat(response.body()).as("why is for the log, not the internet").doesNotContain("Connection refused", "jdbc");
    }

    @Test
    void theLogSaysWhyLoudly() {
        assertThat(app.log()).contains("SEVERE").contains("DATABASE UNAVAILABLE").contains("Connection refused");
    }

    @Test
    void theApiAnswers503ProblemsInsteadOf404s() {
        HttpResponse<String> response = app.get("/api/v2/halls");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonBodies.object(response.body()).getString("detail")).contains("database is not available");
    }

    @Test
    void redisDownAtStartOnlyDegradesTheCache() {
        JsonObject cache = org.fivecmenus.health.HealthIT.checks(JsonBodies.object(app.get("/health/ready").body()))
                .get("cache");

        assertThat(cache.getString("status")).isEqualTo("UP");
    }

    @Test
    void livenessStaysUpBecauseARestartWouldNotHelp() {
        assertThat(app.get("/health/live").statusCode()).isEqualTo(200);
    }
}
