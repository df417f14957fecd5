package org.fivecmenus.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.dish.DishNames;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.OwnDeployment;
import org.fivecmenus.testing.VendorStub;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every link the site emits answers 200 on the default runtime (Payara Micro 7), including the dish pages of dishes
 * with odd names: a crawler starts at the home page and at a search for each odd name, and follows every address
 * on this site found in an {@code href} or {@code src}, breadth first. Payara 7 answers some unusual paths with a
 * 400, 500 or 503 of its own (issues #7777, #8000, #8142; RESILIENCE.md): no link the site makes may be one.
 * Clock: the capture week (2025-12-03); Oldenborg's feed is given odd dish names.
 */
@OwnDeployment("stores odd dish names in Oldenborg's capture week, which the others read as captured")
class SiteCrawlIT extends InContainerTest {

    /** Names a vendor could send: punctuation that means something in a path or query, accents, other scripts. */
    private static final Map<String, String> ODD_NAMES = new LinkedHashMap<>();

    static {
        ODD_NAMES.put("Roast Sirloin with Bleu Creme", "Chef's Choice: Soup of the Day");
        ODD_NAMES.put("Vegetable Udon Noodle", "100% Juice, 50/50 Blend");
        ODD_NAMES.put("Miso Soup", "Back\\\\slash #1 ? Special & More");
        ODD_NAMES.put("Cheese Pizza", "Crème Brûlée; Jalapeño Piña Colada");
        ODD_NAMES.put("Brioche Roll", "寿司 Sushi Roll 🍣");
        ODD_NAMES.put("Wild Mushrooms", "%%3A:%5C..%2F");
    }

    /** Far more than the site has (about 75 addresses); reaching it means the site emits endless addresses. */
    private static final int MOST_PAGES = 2000;

    @AfterEach
    void vendorsAnswerNormallyAgain() {
        vendors().restore();
    }

    @Test
    void everyLinkTheSiteEmitsAnswers200DishPagesWithOddNamesIncluded(App app) {
        String feed = new String(VendorStub.resource(VendorStub.POMONA_CAPTURES.get("Oldenborg")), StandardCharsets.UTF_8);
        List<String> replaced = new ArrayList<>();
        for (Map.Entry<String, String> odd : ODD_NAMES.entrySet()) {
            if (feed.contains("\"" + odd.getKey() + "\"")) {
                // The feed is JSON: the backslashes above are already escaped for it.
                feed = feed.replace("\"" + odd.getKey() + "\"", "\"" + odd.getValue() + "\"");
                replaced.add(odd.getValue().replace("\\\\", "\\"));
            }
        }
        assertThat(replaced).as("odd names put into the Oldenborg capture").hasSize(ODD_NAMES.size());
        vendors().override(get(urlPathEqualTo(VendorStub.pomonaPath("Oldenborg"))),
                aResponse().withStatus(200).withBody("/**/ menuData(" + feed + ");"));

        // Oldenborg's week is read (so that every odd dish is in the index), then each odd name is searched for, as
        // a student would, and the crawl starts there and at the home page.
        for (int day = 1; day <= 7; day++) {
            assertThat(app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-0" + day).statusCode()).isEqualTo(200);
        }
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/?date=2025-12-05", "/halls/oldenborg?date=2025-12-05"));
        for (String name : replaced) {
            queue.add("/search?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, String> failures = new LinkedHashMap<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MOST_PAGES) {
            String path = queue.removeFirst();
            fetched++;
            HttpResponse<String> response = app.get(path);
            if (response.statusCode() != 200) {
                failures.put(path, response.statusCode() + " " + abbreviate(response.body()));
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (String link : links(app, path, response.body(), failures)) {
                if (seen.add(link)) {
                    queue.addLast(link);
                }
            }
        }

        assertThat(fetched).as("pages fetched; the site emits addresses without end").isLessThan(MOST_PAGES);
        assertThat(failures).as("links that did not answer 200 (link: status, body)").isEmpty();
        for (String name : replaced) {
            String slug = DishNames.slug(name);
            if (!slug.isEmpty()) {
                assertThat(seen).as("the dish page of '" + name + "' was reached").contains("/dishes/" + slug);
            }
        }
        assertThat(seen).as("the crawl reached the site's kinds of pages")
                .anyMatch(p -> p.startsWith("/halls/"))
                .anyMatch(p -> p.startsWith("/dishes/"))
                .anyMatch(p -> p.startsWith("/static/"))
                .anyMatch(p -> p.endsWith(".ics") || p.contains(".ics?"));
    }

    /** This site's addresses in the page (path and query, fragment dropped); a link that is not a URI is a failure. */
    private static List<String> links(App app, String path, String html, Map<String, String> failures) {
        URI page = app.uri(path);
        Document document = Jsoup.parse(html, page.toString());
        List<String> found = new ArrayList<>();
        for (Element element : document.select("[href], [src]")) {
            String raw = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (raw.isEmpty() || raw.startsWith("#") || raw.startsWith("mailto:") || raw.startsWith("tel:")
                    || raw.startsWith("data:")) {
                continue;
            }
            URI target;
            try {
                target = page.resolve(raw);
            } catch (IllegalArgumentException e) {
                failures.put(raw, "not a valid address, on " + path);
                continue;
            }
            if (target.getHost() != null && !(target.getHost().equals(page.getHost()) && target.getPort() == page.getPort())) {
                continue;
            }
            String local = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            found.add(local);
        }
        return found;
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
