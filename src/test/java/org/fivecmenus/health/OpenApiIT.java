package org.fivecmenus.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.SharedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document, read as a document: every route, its answers, and the records' fields. */
@ExtendWith(SharedApp.class)
class OpenApiIT {

    private static final Set<String> ROUTES = Set.of("/api/v2/halls", "/api/v2/menus", "/api/v2/open-now",
            "/api/v2/hours", "/api/v2/dishes", "/api/v2/dishes/{slug}", "/api/v2/watch/{token}");

    @Test
    void describesEveryApiRouteWithItsRecordsAndProblems(DeployedApp app) {
        HttpResponse<String> response = app.get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = JsonBodies.object(response.body());
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).containsAll(ROUTES);
        for (String route : ROUTES) {
            JsonObject get = paths.getJsonObject(route).getJsonObject("get");
            assertThat(get).as(route + " has a GET").isNotNull();
            JsonObject answers = get.getJsonObject("responses");
            assertThat(answers.keySet()).as(route).contains("200");
            answers.forEach((status, answer) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(answer.asJsonObject().getJsonObject("content").keySet()).as(route + " " + status)
                            .contains("application/problem+json");
                }
            });
        }
        JsonObject menus = paths.getJsonObject("/api/v2/menus").getJsonObject("get").getJsonObject("responses");
        assertThat(menus.keySet()).contains("304", "400", "404", "503");

        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(properties(schemas, "MenuDay")).contains("hall_id", "is_stale", "fetched_at", "next_fetch_at",
                "source", "meals");
        assertThat(properties(schemas, "Meal")).contains("starts_at", "ends_at", "times_from", "stations");
    }

    private static Set<String> properties(JsonObject schemas, String schema) {
        assertThat(schemas.keySet()).contains(schema);
        return schemas.getJsonObject(schema).getJsonObject("properties").keySet();
    }
}
