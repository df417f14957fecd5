package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a probe of the running application found when it was tried as an attacker would: each answered with a
 * 500, the server's default pages, or a lever, before its fix.
 */
class ProbeFindingsIT extends InContainerTest {

    private static final String MENU = "/api/v2/menus?hall_id=frary&date=2025-12-03";

    @ParameterizedTest(name = "If-None-Match: {0}")
    @ValueSource(strings = {"garbage", "\"", ",,,", "W/", "W/\"", "\"unterminated"})
    void aMalformedIfNoneMatchIsIgnoredNeverA500(String field, App app) {
        app.get(MENU);
        HttpResponse<String> response = app.get(MENU, "If-None-Match", field);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(response.body()).getString("hall_id")).isEqualTo("frary");
        assertThat(app.log()).doesNotContain("If-None-Match");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"garbage", "\"not-the-tag\"", "W/\"weak-never-matches\"", ","})
    void aFailedIfMatchIsA412ProblemThatNoCacheMayKeep(String field, App app) {
        app.get(MENU);
        HttpResponse<String> response = app.get(MENU, "If-Match", field);

        assertThat(response.statusCode()).isEqualTo(412);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(JsonBodies.object(response.body()).getInt("status")).isEqualTo(412);
    }

    @Test
    void anIfMatchNamingTheCurrentTagIsServed(App app) {
        String etag = app.get(MENU).headers().firstValue("ETag").orElseThrow();

        assertThat(app.get(MENU, "If-Match", etag).statusCode()).isEqualTo(200);
        assertThat(app.get(MENU, "If-Match", "*").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PATCH /", "PROPFIND /", "PUT /static/site.css", "DELETE /halls/frary",
            "PATCH /api/v2/halls", "PROPFIND /api/v2/menus", "FOO /api/v2/open-now"})
    void methodsTheSiteHasNoUseForGetItsOwn405(String request, App app) {
        String[] parts = request.split(" ");
        RawHttp.Answer answer = RawHttp.send(app, parts[0], parts[1]);

        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).contains("GET");
        assertThat(answer.header("Content-Security-Policy")).isNotNull();
        if (parts[1].startsWith("/api/")) {
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(JsonBodies.object(answer.body()).getInt("status")).isEqualTo(405);
        } else {
            assertThat(answer.body()).contains("Not allowed").doesNotContainIgnoringCase("payara");
        }
    }

    @Test
    void optionsOnTheApiDescribesNoInternals(App app) {
        RawHttp.Answer answer = RawHttp.send(app, "OPTIONS", "/api/v2/halls");

        assertThat(answer.status()).isLessThan(500);
        assertThat(answer.body()).doesNotContainIgnoringCase("wadl").doesNotContain("<application");
        assertThat(answer.header("Content-Type")).satisfiesAnyOf(
                type -> assertThat(type).isNull(), type -> assertThat(type).doesNotContain("wadl"));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @ValueSource(strings = {"application/json;q=abc", "application/json;q=2", "json", ";;;"})
    void aMalformedAcceptIsIgnored(String accept, App app) {
        HttpResponse<String> response = app.get("/api/v2/halls", "Accept", accept);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.array(response.body())).hasSize(7);
    }

    @Test
    void theOpenApiDocumentAskedForAsHtmlIsNotTheServersErrorPage(App app) {
        HttpResponse<String> response = app.get("/openapi", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("Not available in that form").doesNotContainIgnoringCase("payara");
    }

    @Test
    void redirectsNeverEchoTheHostHeader(App app) {
        RawHttp.Answer answer = RawHttp.send(app, "GET", "/admin", "Host: evil.example");

        assertThat(answer.status()).isBetween(300, 399);
        assertThat(answer.header("Location")).isEqualTo("/admin/login");
    }

    @Test
    void aUserNameCannotForgeALogLine(App app) {
        // Short enough to be checked (user names are at most 40), and lower case as names are compared.
        String forged = "mallory\nwarning: forged";

        new AdminSession(app).signIn(forged, "wrong password");

        assertThat(Arrays.stream(app.log().split("\n")))
                .noneMatch(line -> line.startsWith("warning: forged"));
        assertThat(app.log()).contains("mallory\\u000awarning: forged");
    }
}
