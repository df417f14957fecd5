package org.fivecmenus.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.SharedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedApp.class)
public class HealthIT {

    @Test
    void isLive(DeployedApp app) {
        HttpResponse<String> response = app.get("/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(response.body()).getString("status")).isEqualTo("UP");
    }

    @Test
    void isReadyWithPostgresAndRedisConnected(DeployedApp app) {
        HttpResponse<String> response = app.get("/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonObject> checks = checks(JsonBodies.object(response.body()));
        assertThat(checks.get("database").getString("status")).isEqualTo("UP");
        assertThat(checks.get("database").getJsonObject("data").getString("kind")).isEqualTo("postgresql");
        assertThat(checks.get("database").getJsonObject("data").getString("schema_version")).isNotBlank();
        assertThat(checks.get("cache").getJsonObject("data").getString("backend")).isEqualTo("redis");
        assertThat(checks.get("cache").getJsonObject("data").getString("connected")).isEqualTo("true");
    }

    public static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("name"), Function.identity()));
    }
}
