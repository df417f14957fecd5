package org.fivecmenus.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.HtmlChecker;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.OwnDeployment;
import org.fivecmenus.testing.Routes;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The student pages over HTTP: valid HTML, security headers, escaping, friendly errors. Clock: 2025-12-03. */
@OwnDeployment("stores a hostile dish name in Oldenborg's 2025-12-05, a day the others read as captured")
class PagesIT extends InContainerTest {

    @AfterEach
    void vendorsAnswerNormallyAgain() {
        vendors().restore();
    }

    /** Every page, and the states of each that change the most: other dates, filters, refusals. */
    static Stream<Arguments> pagesAndStates() {
        return Stream.concat(Routes.PAGES.stream().map(page -> Arguments.of(page, 200)), Stream.of(
                Arguments.of("/?date=2025-12-01", 200), Arguments.of("/?date=2026-02-07", 200),
                Arguments.of("/?date=2025-12-01&diet=vegan&avoid=milk&mode=dim", 200), Arguments.of("/search", 200),
                Arguments.of("/search?q=x", 400), Arguments.of("/halls/collins?date=2026-02-07", 200),
                Arguments.of("/no-such-page", 404), Arguments.of("/halls/nowhere", 404),
                Arguments.of("/?date=yesterday", 400)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pagesAndStates")
    void everyPageIsValidHtmlWithTheSecurityHeaders(String path, int status, App app) {
        HttpResponse<String> response = app.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        HtmlChecker.assertValid(path, response.body());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Server").orElse("")).doesNotContainPattern("\\d");
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
        // No inline script or style: the one script is the site's own file (it installs the offline worker).
        assertThat(response.body()).containsOnlyOnce("<script")
                .containsPattern("<script src=\"/static/site\\.js\\?v=[A-Za-z0-9_-]+\" defer></script>")
                .doesNotContain("style=\"");
    }

    @Test
    void theSiteCanBeAddedToTheHomeScreenAndWorksOffline(App app) {
        HttpResponse<String> manifest = app.get("/static/manifest.webmanifest");
        assertThat(manifest.headers().firstValue("Content-Type")).hasValue("application/manifest+json");
        jakarta.json.JsonObject parsed = JsonBodies.object(manifest.body());
        assertThat(parsed.getString("start_url")).isEqualTo("/");
        assertThat(parsed.getString("display")).isEqualTo("standalone");
        assertThat(parsed.getJsonArray("icons").getValuesAs(jakarta.json.JsonObject.class)).allSatisfy(icon ->
                assertThat(app.getBytes(icon.getString("src")).statusCode()).as(icon.getString("src")).isEqualTo(200))
                .extracting(icon -> icon.getString("sizes")).contains("192x192", "512x512");
        assertThat(app.get("/").body()).contains("<link rel=\"manifest\" href=\"/static/manifest.webmanifest\">");

        // The worker lives at the root (its scope is the whole site) and is revalidated on every check.
        HttpResponse<String> worker = app.get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=UTF-8");
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(worker.body()).contains("addEventListener('fetch'");
    }

    @Test
    void aHostileDishNameIsShownAsTextNeverRunAsMarkup(App app) {
        String feed = new String(VendorStub.resource(VendorStub.POMONA_CAPTURES.get("Oldenborg")), StandardCharsets.UTF_8)
                .replace("Roast Sirloin with Bleu Creme", "<script>alert(1)</script><img src=x onerror=alert(2)>");
        vendors().override(get(urlPathEqualTo(VendorStub.pomonaPath("Oldenborg"))),
                aResponse().withStatus(200).withBody("/**/ menuData(" + feed + ");"));

        String page = app.get("/?date=2025-12-05").body();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert", "<img src=x");
        HtmlChecker.assertValid("hostile dish", page);
    }

    @Test
    void theSameMissingPageIsHtmlOnTheSiteAndAProblemInTheApi(App app) {
        HttpResponse<String> page = app.get("/halls/nowhere");
        HttpResponse<String> api = app.get("/api/v2/menus?hall_id=nowhere");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such dining hall");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonBodies.object(api.body()).getString("detail")).contains("nowhere");
    }

    @Test
    void badDatesAndSearchesAreFriendly400Pages(App app) {
        assertThat(app.get("/?date=2025-02-30").statusCode()).isEqualTo(400);
        assertThat(app.get("/?date=2027-01-01").body()).contains("No menus for that date");
        HttpResponse<String> search = app.get("/search?q=x");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.body()).contains("Search for 2 to 60 letters");
    }

    @Test
    void aBrokenFilterCookieIsIgnoredNotAnError(App app) {
        for (String cookie : new String[] {"menu_filters=%zz", "menu_filters=%", "menu_filters=a|b", "menu_filters="}) {
            assertThat(app.get("/", "Cookie", cookie).statusCode()).as(cookie).isEqualTo(200);
        }
    }

    @Test
    void aLinkWithFiltersAppliesThemWithoutReplacingTheSavedOnes(App app) {
        HttpResponse<String> response = app.get("/?diet=vegan");

        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("menu_filters="));
        assertThat(response.body()).containsPattern("value=\"vegan\"\\s+checked");
    }

    @Test
    void filtersSubmittedFromTheFormAreRememberedInACookie(App app) {
        HttpResponse<String> response = app.get("/?filter=1&diet=vegan&avoid=peanut");

        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("menu_filters=").contains("HttpOnly").contains("SameSite=Lax"));
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("menu_filters="))
                .findFirst().orElseThrow().split(";")[0];
        String remembered = app.get("/", "Cookie", cookie).body();
        assertThat(remembered).containsPattern("value=\"vegan\"\\s+checked");
    }

    @Test
    void theHomePageShowsSevenHallCardsWithTheirVendorsMenus(App app) {
        String page = app.get("/?date=2025-12-01").body();

        assertThat(page.split("class=\"card ")).hasSize(8);
        assertThat(page).contains("Hoch-Shanahan", "Collins", "Malott", "McConnell", "Frank", "Frary", "Oldenborg");
        // Bon Appétit has no capture for that date: the card says so and links to the vendor.
        assertThat(page).contains("The menu is unavailable right now", "https://collins-cmc.cafebonappetit.com/cafe/collins/");
    }

    @Test
    void theHallPageShowsTheWeekWithItsHoursAndOverrideReasons(App app, org.fivecmenus.testing.TestServices services)
            throws Exception {
        services.changeHours(app, "2025-12-04", db -> db.createStatement().execute("INSERT INTO hours_override "
                + "(id, hall_id, service_date, meal_key, reason) VALUES (nextval('hours_override_seq'), 'frank', "
                + "DATE '2025-12-04', '*', 'Closed for a staff party')"));

        try {
            String page = app.get("/halls/frank").body();

            assertThat(page).contains("Today", "Thursday, December 4", "Closed all day: Closed for a staff party",
                    "(approximate)");
            // Each day's menu says when it was fetched and when it is due again.
            assertThat(page).containsPattern("<p class=\"freshness\">Updated (just now|\\d+ min ago) · "
                    + "(next update around \\d{1,2}:\\d\\d [ap]m|an update is under way)</p>");
            HtmlChecker.assertValid("hall page with a closure", page);
        } finally {
            services.changeHours(app, "2025-12-04", db -> db.createStatement().execute(
                    "DELETE FROM hours_override WHERE hall_id = 'frank' AND service_date = DATE '2025-12-04'"));
        }
    }
}
