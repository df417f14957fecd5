package org.fivecmenus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.Test;

class ApiProblemsIT extends InContainerTest {

    @Test
    void unknownRouteUnderTheApiIsAJsonProblemNotAnHtmlPage(App app) {
        HttpResponse<String> response = app.get("/api/v2/no-such-thing", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getInt("status")).isEqualTo(404);
        assertThat(problem.getString("instance")).isEqualTo("/api/v2/no-such-thing");
        assertThat(problem.getString("detail")).contains("/api/v2/no-such-thing");
    }

    @Test
    void wrongMethodIsA405ProblemThatSaysWhatIsAllowed(App app) {
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.uri("/api/v2/halls"))
                .DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(405);
    }
}
