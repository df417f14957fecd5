package org.fivecmenus.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.Test;

public class HealthIT extends InContainerTest {

    @Test
    void isLive(App app) {
        HttpResponse<String> response = app.get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(response.body()).getString("status")).isEqualTo("UP");
    }

    @Test
    void isReadyAndSaysOnlyUpOrDownToTheInternet(App app) {
        HttpResponse<String> response = app.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonObject> checks = checks(JsonBodies.object(response.body()));
        assertThat(checks.get("database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("cache").getString("status")).isEqualTo("UP");
        assertThat(checks.values()).allSatisfy(check -> assertThat(check.getJsonObject("data")).as(check.toString())
                .satisfiesAnyOf(data -> assertThat(data).isNull(), data -> assertThat(data).isEmpty()));
        assertThat(response.body()).doesNotContain("127.0.0.1", "jdbc", "redis://", "6379", "5432");
    }

    @Test
    void signedInOperatorsSeeWhichServicesAnswerAndTheSchemaVersion(App app) {
        HttpResponse<String> response = AdminSession.signedIn(app).get("/admin/services");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject services = JsonBodies.object(response.body());
        assertThat(services.getJsonObject("database").getBoolean("up")).isTrue();
        assertThat(services.getJsonObject("database").getString("kind")).isEqualTo("postgresql");
        assertThat(services.getJsonObject("database").getString("schema_version")).isNotBlank();
        assertThat(services.getJsonObject("cache").getString("backend")).isEqualTo("redis");
        assertThat(services.getJsonObject("cache").getBoolean("connected")).isTrue();
    }

    @Test
    void strangersAreSentToSignInInsteadOfSeeingServiceDetail(App app) {
        HttpResponse<String> response = app.get("/admin/services");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/login");
        assertThat(response.body()).doesNotContain("postgresql", "redis");
    }

    @Test
    void metricsOfTheServerAreNotPublic(App app) {
        HttpResponse<String> response = app.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("heap", "thread", "jvm_");
    }

    public static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
    }
}
