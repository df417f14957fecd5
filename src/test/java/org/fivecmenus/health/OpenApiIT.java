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
                .contains("/api/v2/halls")
                .contains("vendor_type")
                .contains("application/problem+json")
                .contains("\"503\"");
    }
}
