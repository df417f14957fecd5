package org.fivecmenus.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.TcpProxy;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running application, then comes back: what is held in memory (halls, hours) is
 * still served, what must read the database answers 503 meanwhile, then service resumes.
 */
class DatabaseLostIT {

    private static TcpProxy proxy;
    private static DeployedApp app;

    @BeforeAll
    static void startBehindAProxy() throws Exception {
        TestServices services = TestServices.fromEnvironment().isolated("database_lost", "");
        URI postgres = URI.create(services.dbUrl().substring("jdbc:".length()));
        proxy = new TcpProxy(postgres.getPort() < 0 ? 5432 : postgres.getPort());
        proxy.start();
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + postgres.getPath() + "?" + postgres.getQuery();
        app = DeployedApp.start("database-lost", AppConfig.of(Map.of("DB_URL", viaProxy, "DB_USER",
                services.dbUser(), "DB_PASSWORD", services.dbPassword(), "DB_CONNECT_TIMEOUT", "PT2S")));
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
    void servesWhatItHoldsWhileTheDatabaseIsGoneAnswers503ForTheRestAndRecovers() throws Exception {
        String[] heldInMemory = {"/api/v2/halls", "/api/v2/open-now", "/api/v2/hours"};
        for (String path : heldInMemory) {
            assertThat(app.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(app.get("/search?q=pizza").statusCode()).isEqualTo(200);

        proxy.cut();

        for (String path : heldInMemory) {
            assertThat(app.get(path).statusCode()).as(path + " is served from memory").isEqualTo(200);
        }
        Instant asked = Instant.now();
        HttpResponse<String> search = app.get("/search?q=pizza");
        assertThat(search.statusCode()).as("a page that must read the database").isEqualTo(503);
        assertThat(search.body()).contains("Menus are briefly unavailable");
        // Never fetched, no vendor configured, and no stored copy can be read.
        HttpResponse<String> menu = app.get("/api/v2/menus?hall_id=hoch&date=" + java.time.LocalDate.now());
        assertThat(menu.statusCode()).as(menu.body()).isEqualTo(503);
        assertThat(menu.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonBodies.object(menu.body()).getString("menu_status")).isEqualTo("unavailable");
        assertThat(Duration.between(asked, Instant.now())).as("answered within the connect timeouts, not hung")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(app.get("/health/ready").statusCode()).isEqualTo(503);

        proxy.start();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            Thread.sleep(500);
            status = app.get("/search?q=pizza").statusCode();
        }
        assertThat(status).as("serving again within 60 s of the database's return").isEqualTo(200);
        assertThat(app.get("/health/ready").statusCode()).isEqualTo(200);
    }
}
