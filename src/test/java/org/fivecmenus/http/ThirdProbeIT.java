package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.RawHttp;
import org.fivecmenus.testing.Routes;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the third probe of the running application found (issue 25): a CSRF token taken from the address, a 500
 * for a large form, form text read as ISO-8859-1, responses without the security headers, the server's product
 * name, the server's own address in /openapi, and Allow fields that disagreed.
 */
class ThirdProbeIT extends InContainerTest {

    private static final String SECURITY_HEADERS_CSP = "Content-Security-Policy";
    /** What every page carries (SecurityHeaders). */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?_csrf=", "?%5Fcsrf=", "?%5fcsrf=", "?_%63srf=", "?x=1&%5fcsrf="})
    void aCsrfTokenInTheAddressIsNeverTakenWhateverItsEncoding(String query, App app, TestServices services)
            throws Exception {
        AdminSession alice = AdminSession.signedIn(app);
        alice.get("/admin/overrides?hall=malott");

        HttpResponse<String> override = alice.postRaw("/admin/overrides" + query + alice.token(), Map.of("hall", "malott",
                "action", "add", "kind", "closed_day", "date", "2025-12-11", "reason", "Forged from a link"));
        HttpResponse<String> refetch = alice.postRaw("/admin/refetch" + query + alice.token(),
                Map.of("hall", "frary", "date", "2025-12-03"));

        assertThat(override.statusCode()).isEqualTo(403);
        assertThat(refetch.statusCode()).isEqualTo(403);
        assertThat(overrideReasons(services, "2025-12-11")).isEmpty();
    }

    @Test
    void withTheNameInBothTheAddressAndTheFormOnlyTheFormCounts(App app, TestServices services) throws Exception {
        AdminSession alice = AdminSession.signedIn(app);
        alice.get("/admin/overrides?hall=malott");
        Map<String, String> form = Map.of("hall", "malott", "action", "add", "kind", "closed_day", "date",
                "2025-12-12", "reason", "Closed for a test");

        HttpResponse<String> tokenInAddressOnly = alice.postRaw("/admin/overrides?%5Fcsrf=" + alice.token(),
                with(form, "_csrf", "forged"));
        assertThat(tokenInAddressOnly.statusCode()).isEqualTo(403);
        assertThat(overrideReasons(services, "2025-12-12")).isEmpty();

        try {
            HttpResponse<String> tokenInForm = alice.postRaw("/admin/overrides?_csrf=forged",
                    with(form, "_csrf", alice.token()));
            assertThat(tokenInForm.statusCode()).isEqualTo(302);
            assertThat(overrideReasons(services, "2025-12-12")).containsExactly("Closed for a test");
        } finally {
            deleteOverrides(app, services, "2025-12-12");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/watch", "/admin/login", "/admin/overrides", "/api/v2/halls"})
    void aFormFarLargerThanAnyOfTheSitesIsRefusedWith413AndOneLogLine(String path, App app) {
        int logBefore = app.log().length();
        String huge = "dish=" + "a".repeat(2_100_000);

        HttpResponse<String> answer = app.send(HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build());

        String log = app.log().substring(logBefore);
        if (path.startsWith("/api/")) {
            // The API takes no form: refused for its method before its size matters.
            assertThat(answer.statusCode()).isEqualTo(405);
        } else {
            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue(SECURITY_HEADERS_CSP)).isPresent();
            assertThat(answer.body()).contains("Too much to send").doesNotContainIgnoringCase("payara");
            assertThat(log.lines().filter(line -> line.contains("Refused a form over"))).hasSize(1);
        }
        assertThat(log).doesNotContain("GRIZZLY0205").doesNotContain("SEVERE");
    }

    @Test
    void aNonAsciiPasswordSignsIn(App app) {
        AdminSession bea = new AdminSession(app);

        HttpResponse<String> signedIn = bea.signIn(AdminSession.OTHER_USER, AdminSession.OTHER_PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(bea.get("/admin").statusCode()).isEqualTo(200);
    }

    @Test
    void anOverrideReasonIsStoredAndShownAsTyped(App app, TestServices services) throws Exception {
        AdminSession alice = AdminSession.signedIn(app);
        alice.get("/admin/overrides?hall=malott");
        String reason = "Café closed for Día de Muertos 🎃";

        try {
            HttpResponse<String> saved = alice.post("/admin/overrides", Map.of("hall", "malott", "action", "add",
                    "kind", "closed_day", "date", "2025-12-14", "reason", reason));

            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(overrideReasons(services, "2025-12-14")).containsExactly(reason);
            assertThat(app.get("/?date=2025-12-14").body()).contains("Café closed for Día de Muertos 🎃");
        } finally {
            deleteOverrides(app, services, "2025-12-14");
        }
    }

    @Test
    void aSearchForAnAccentedWordIsReadAsTyped(App app) {
        HttpResponse<String> page = app.get("/search?q=" + URLEncoder.encode("crème brûlée", StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"crème brûlée\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/WEB-INF/x", "/META-INF/MANIFEST.MF", "/static/..%2fWEB-INF/web.xml", "/WEB-INF/web.xml",
            "/no/such/page"})
    void refusedPathsCarryTheSameSecurityHeadersAsEveryPage(String path, App app) {
        RawHttp.Answer answer = RawHttp.send(app, "GET", path);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header(SECURITY_HEADERS_CSP)).isEqualTo(CSP);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.body()).contains("Page not found");
    }

    /** Every route, and answers that Payara or the server's error handling give rather than a page. */
    static Stream<String> everyKindOfAnswer() {
        return Stream.concat(Routes.all().map(route -> "GET " + route), Stream.of("GET /no/such/page",
                "PATCH /api/v2/halls", "GET /dishes/%00", "TRACE /", "OPTIONS /watch", "GET /health/ready"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfAnswer")
    void noResponseNamesTheServerProduct(String request, App app) {
        String[] parts = request.split(" ");
        RawHttp.Answer answer = RawHttp.send(app, parts[0], parts[1]);

        assertThat(answer.header("Server")).isNull();
        assertThat(answer.header("X-Powered-By")).isNull();
    }

    @Test
    void theApiDescriptionNamesARelativeServerNotTheAddressItWasAskedOn(App app) {
        HttpResponse<String> json = app.get("/openapi", "Accept", "application/json");
        HttpResponse<String> yaml = app.get("/openapi");

        assertThat(JsonBodies.object(json.body()).getJsonArray("servers").getJsonObject(0).getString("url"))
                .isEqualTo("/");
        assertThat(json.body()).doesNotContain("localhost").doesNotContain("127.0.0.1");
        assertThat(yaml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/yaml"));
        assertThat(yaml.body()).contains("openapi: 3.1.0").doesNotContain("localhost");
        assertThat(app.get("/openapi?format=xml").statusCode()).isEqualTo(400);
    }

    static Stream<String> everyRoute() {
        return Routes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRoute")
    void optionsAndEvery405NameTheSameMethods(String path, App app) {
        String allowed = RawHttp.send(app, "OPTIONS", path).header("Allow");
        assertThat(allowed).isNotNull().doesNotContain("TRACE");

        for (String method : List.of("PATCH", "PUT", "DELETE", "PROPFIND", "POST")) {
            RawHttp.Answer answer = RawHttp.send(app, method, path);
            if (allowed.contains(method)) {
                assertThat(answer.status()).as(method + " " + path).isNotEqualTo(405);
            } else {
                assertThat(answer.status()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.header("Allow")).as(method + " " + path).isEqualTo(allowed);
            }
        }
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(form);
        more.put(name, value);
        return more;
    }

    private static List<String> overrideReasons(TestServices services, String date) throws Exception {
        try (Connection c = services.connect(); PreparedStatement sql = c.prepareStatement(
                "SELECT reason FROM hours_override WHERE hall_id = 'malott' AND service_date = ?::date")) {
            sql.setString(1, date);
            try (ResultSet rows = sql.executeQuery()) {
                List<String> reasons = new java.util.ArrayList<>();
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
                return reasons;
            }
        }
    }

    private static void deleteOverrides(App app, TestServices services, String date) {
        services.changeHours(app, date, db -> db.createStatement().execute(
                "DELETE FROM hours_override WHERE hall_id = 'malott' AND service_date = DATE '" + date + "'"));
    }
}
