package org.fivecmenus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.Test;

/**
 * A watch list without an account, on the shared deployment's clock (Wednesday 2025-12-03): cheese tortellini is on
 * Frary's dinner menu on Saturday 2025-12-06, 17:00 to 19:30 by Frary's seeded hours.
 */
class WatchIT extends InContainerTest {

    private static final Pattern TOKEN = Pattern.compile("/feeds/([A-Za-z0-9_.-]+)\\.ics");

    private static HttpResponse<String> post(App app, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri("/watch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return app.send(request.build());
    }

    private static String watchCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("watch="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void watchingADishGivesFeedsOfItsComingServingsAtTheMealsRealTimes(App app) {
        assertThat(app.get("/api/v2/menus?hall_id=frary&date=2025-12-06").statusCode()).isEqualTo(200);

        HttpResponse<String> watched = post(app, "dish=cheese-tortellini&action=watch&back=/dishes/cheese-tortellini");
        assertThat(watched.statusCode()).isEqualTo(303);
        assertThat(watched.headers().firstValue("Location")).hasValue("/dishes/cheese-tortellini");
        String cookie = watchCookie(watched);
        assertThat(cookie).matches("watch=[A-Za-z0-9_-]{22}~cheese-tortellini");
        assertThat(app.get("/dishes/cheese-tortellini", "Cookie", cookie).body()).contains("Stop watching");

        HttpResponse<String> page = app.get("/watch", "Cookie", cookie);
        assertThat(page.body()).contains("Cheese Tortellini", "Next: Frary");
        Matcher token = TOKEN.matcher(page.body());
        assertThat(token.find()).isTrue();

        HttpResponse<String> ics = app.get("/feeds/" + token.group(1) + ".ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).contains("SUMMARY:Cheese Tortellini at Frary",
                "DTSTART;TZID=America/Los_Angeles:20251206T170000", "DTEND;TZID=America/Los_Angeles:20251206T193000",
                "BEGIN:VTIMEZONE");
        HttpResponse<String> again = app.get("/feeds/" + token.group(1) + ".ics", "If-None-Match",
                ics.headers().firstValue("ETag").orElseThrow());
        assertThat(again.statusCode()).as("a feed fetched twice without changes").isEqualTo(304);

        HttpResponse<String> atom = app.get("/feeds/" + token.group(1) + ".atom");
        assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(atom.body()).contains("<title>Cheese Tortellini at Frary, Dinner 2025-12-06</title>");

        JsonObject json = JsonBodies.object(app.get("/api/v2/watch/" + token.group(1)).body());
        assertThat(json.getJsonArray("dishes").getString(0)).isEqualTo("cheese-tortellini");
        assertThat(json.getJsonArray("upcoming").getValuesAs(JsonObject.class)).anySatisfy(u ->
                assertThat(u.getString("starts_at")).isEqualTo("2025-12-06T17:00:00-08:00"));

        HttpResponse<String> unwatched = post(app, "dish=cheese-tortellini&action=unwatch&back=/watch",
                "Cookie", cookie);
        // Deleted: Payara 6 writes Max-Age=0, Payara 7 (Servlet 6.1) an Expires in 1970; browsers drop it either way.
        assertThat(unwatched.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("watch=;")
                .containsPattern("(?i)Max-Age=0|Expires=Thu, 01[- ]Jan[- ]1970"));
    }

    @Test
    void aFeedTokenNotMadeHereOrChangedIs404(App app) {
        assertThat(app.get("/feeds/Y2hlZXNlYnVyZ2Vy.AAAAAAAAAAAAAAAAAAAAAA.ics").statusCode()).isEqualTo(404);
        assertThat(app.get("/feeds/nonsense.atom").statusCode()).isEqualTo(404);
        assertThat(app.get("/feeds/").statusCode()).isEqualTo(404);
        HttpResponse<String> api = app.get("/api/v2/watch/not-a-token");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aFormFromAnotherSiteIsRefusedAndBadInputIsA400Page(App app) {
        assertThat(post(app, "dish=tofu&action=watch", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(post(app, "dish=tofu&action=watch", "Origin", "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(post(app, "dish=../x&action=watch").statusCode()).isEqualTo(400);
        assertThat(post(app, "dish=tofu&action=explode").statusCode()).isEqualTo(400);
        HttpResponse<String> offsite = post(app, "dish=tofu&action=watch&back=//evil.example/");
        assertThat(offsite.headers().firstValue("Location")).hasValue("/watch");
    }

    @Test
    void twoPeopleWatchingTheSameDishGetDifferentFeedUrls(App app) {
        String mine = token(app, watchCookie(post(app, "dish=cheese-tortellini&action=watch")));
        String yours = token(app, watchCookie(post(app, "dish=cheese-tortellini&action=watch")));

        assertThat(mine).isNotEqualTo(yours);
        assertThat(app.get("/api/v2/watch/" + mine).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v2/watch/" + yours).statusCode()).isEqualTo(200);
    }

    @Test
    void replacingTheLinksRevokesEveryEarlierUrlOfTheList(App app) {
        String cookie = watchCookie(post(app, "dish=cheese-tortellini&action=watch"));
        String first = token(app, cookie);
        String grown = watchCookie(post(app, "dish=tofu&action=watch", "Cookie", cookie));
        String second = token(app, grown);
        assertThat(second).as("the list changed").isNotEqualTo(first);

        HttpResponse<String> renewed = post(app, "action=renew", "Cookie", grown);
        assertThat(renewed.statusCode()).isEqualTo(303);
        assertThat(renewed.headers().firstValue("Location")).hasValue("/watch");
        String replaced = watchCookie(renewed);
        String third = token(app, replaced);

        for (String old : new String[] {first, second}) {
            assertThat(app.get("/api/v2/watch/" + old).statusCode()).isEqualTo(404);
            assertThat(app.get("/feeds/" + old + ".ics").statusCode()).isEqualTo(404);
            assertThat(app.get("/feeds/" + old + ".atom").statusCode()).isEqualTo(404);
        }
        JsonObject json = JsonBodies.object(app.get("/api/v2/watch/" + third).body());
        assertThat(json.getJsonArray("dishes").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("cheese-tortellini", "tofu");
        assertThat(app.get("/watch", "Cookie", replaced).body()).contains("Replace these links");
    }

    @Test
    void aListFromBeforeIdsGetsOneWhenShownAndThePageIsKeptByNoCache(App app) {
        HttpResponse<String> page = app.get("/watch", "Cookie", "watch=cheese-tortellini");

        assertThat(watchCookie(page)).matches("watch=[A-Za-z0-9_-]{22}~cheese-tortellini");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(TOKEN.matcher(page.body()).find()).isTrue();
    }

    @Test
    void theServiceWorkerNeverKeepsTheWatchPage(App app) {
        String worker = app.get("/sw.js").body();
        Matcher notKept = Pattern.compile("const NOT_KEPT = /(.+)/;").matcher(worker);
        assertThat(notKept.find()).isTrue();
        // The worker's pattern, read as Java reads it (the two dialects agree on this one).
        Pattern pattern = Pattern.compile(notKept.group(1).replace("\\/", "/"));

        assertThat(pattern.matcher("/watch").find()).isTrue();
        assertThat(pattern.matcher("/feeds/abc.ics").find()).isTrue();
        assertThat(pattern.matcher("/halls/frary").find()).isFalse();
        assertThat(worker).doesNotContain("'pages-v1'");
    }

    private static String token(App app, String cookie) {
        Matcher token = TOKEN.matcher(app.get("/watch", "Cookie", cookie).body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
