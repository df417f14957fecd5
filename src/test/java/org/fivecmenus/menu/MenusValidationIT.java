package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad input gets its status and a problem body that says what was wrong; the shared clock is 2025-12-03. */
class MenusValidationIT extends InContainerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ?date=2025-12-02                       | 400 | 'hall_id' is required
            ?hall_id=&date=2025-12-02              | 400 | 'hall_id' is required
            ?hall_id=nowhere                       | 404 | There is no hall 'nowhere'
            ?hall_id=%00                           | 404 | There is no hall
            ?hall_id=hoch%27%3B--                  | 404 | There is no hall
            ?hall_id=hoch&date=2025-13-01          | 400 | 'date' must be a date
            ?hall_id=hoch&date=12/02/2025          | 400 | 'date' must be a date
            ?hall_id=hoch&date=2025-12-02T10:00    | 400 | 'date' must be a date
            ?hall_id=hoch&date=2026-06-01          | 400 | 'date' must be within 30 days before and 90 days after today (2025-12-03)
            ?hall_id=hoch&date=2025-10-01          | 400 | 'date' must be within
            ?hall_id=collins&date=2026-02-07&meal=supper | 404 | No 'supper' at collins on 2026-02-07
            """)
    void badInputIsAProblemThatSaysWhatIsWrong(String query, int status, String detail, App app) {
        HttpResponse<String> response = app.get("/api/v2/menus" + encode(query));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = JsonBodies.object(response.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("detail")).contains(detail);
        assertThat(problem.getString("instance")).isEqualTo("/api/v2/menus");
    }

    private static String encode(String query) {
        return query.replace("/", URLEncoder.encode("/", StandardCharsets.UTF_8)).replaceFirst("^%2F", "/");
    }
}
