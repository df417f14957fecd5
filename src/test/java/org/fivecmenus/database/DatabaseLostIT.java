package org.fivecmenus.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.TcpProxy;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL goes away under a running application, then comes back: 503 problems meanwhile, then service. */
class DatabaseLostIT {

    private static TcpProxy proxy;
    private static DeployedApp app;

    @BeforeAll
    static void startBehindAProxy() throws Exception {
        TestServices services = TestServices.fromEnvironment();
        URI postgres = URI.create(services.dbUrl().substring("jdbc:".length()));
        proxy = new TcpProxy(postgres.getPort() < 0 ? 5432 : postgres.getPort());
        proxy.start();
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + postgres.getPath();
        app = DeployedApp.start("database-lost", Map.of("DB_URL", viaProxy, "DB_USER", services.dbUser(),
                        "DB_PASSWORD", services.dbPassword(), "DB_CONNECT_TIMEOUT", "PT2S"),
                response -> response.statusCode() == 200 && response.body().contains("\"database\""));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void answers503WhileTheDatabaseIsGoneAndRecoversWhenItReturns() throws Exception {
        assertThat(app.get("/api/v2/halls").statusCode()).isEqualTo(200);

        proxy.cut();

        for (String path : new String[] {"/api/v2/halls", "/api/v2/menus?hall_id=hoch&date=" + java.time.LocalDate.now(),
                "/api/v2/open-now", "/api/v2/hours"}) {
            HttpResponse<String> response = app.get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JsonBodies.object(response.body()).getString("detail"))
                    .isEqualTo("The database is not available right now; try again shortly.");
        }
        assertThat(app.get("/health/ready").statusCode()).isEqualTo(503);

        proxy.start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            Thread.sleep(500);
            status = app.get("/api/v2/halls").statusCode();
        }
        assertThat(status).as("serving again within 60 s of the database's return").isEqualTo(200);
        assertThat(app.get("/health/ready").statusCode()).isEqualTo(200);
    }
}
