package org.fivecmenus.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.SharedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedApp.class)
class OpenApiIT {

    @Test
    void describesEveryApiRouteWithItsRecordsAndProblems(DeployedApp app) {
        HttpResponse<String> response = app.get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("/api/v2/halls", "/api/v2/menus", "/api/v2/open-now", "/api/v2/hours")
                .contains("vendor_type", "hall_id", "is_stale", "fetched_at", "current_meal", "closes_at",
                        "from_override")
                .contains("\"304\"", "\"400\"", "\"404\"")
                .contains("application/problem+json")
                .contains("\"503\"");
    }
}
