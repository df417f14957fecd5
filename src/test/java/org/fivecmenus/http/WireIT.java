package org.fivecmenus.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.Routes;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What goes on the wire: gzip when asked, validators and 304s, long-lived static files. Clock: 2025-12-03. Pages
 * here use 2025-12-01, the pages tests' date, so the menus tests keep keys of their own.
 */
class WireIT extends InContainerTest {

    @AfterEach
    void vendorsAnswerNormallyAgain() {
        vendors().restore();
    }

    static Stream<String> everyRoute() {
        return Routes.all();
    }

    @ParameterizedTest
    @MethodSource("everyRoute")
    void textIsSentCompressedWhenTheClientTakesGzip(String path, App app) {
        HttpResponse<byte[]> plain;
        HttpResponse<byte[]> zipped;
        int tries = 0;
        do {
            // A page may change between two requests (the hall page's "updated 2 min ago" moves with the clock):
            // compare two answers of one version, as their ETags tell.
            plain = app.getBytes(path);
            zipped = app.getBytes(path, "Accept-Encoding", "gzip, deflate, br");
        } while (++tries < 3 && !sameVersion(plain, zipped));

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        assertThat(plain.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        // The sign-in form carries a token of its own in each answer; all else is the same bytes.
        assertThat(withoutFormToken(gunzip(zipped.body()))).isEqualTo(withoutFormToken(plain.body()));
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
    }

    private static String withoutFormToken(byte[] body) {
        return new String(body, StandardCharsets.UTF_8).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void gzipAtQualityZeroIsNotSent(App app) {
        HttpResponse<byte[]> response = app.getBytes("/?date=2025-12-01", "Accept-Encoding", "gzip;q=0, identity");

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void aPageRevalidatesTo304InEitherCoding(App app) {
        HttpResponse<String> page = app.get("/?date=2025-12-01");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        String gzipEtag = app.getBytes("/?date=2025-12-01", "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();

        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(gzipEtag).isEqualTo(etag.substring(0, 33) + "-gz\"");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(page.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Cookie"));
        for (String validator : List.of(etag, gzipEtag, "\"other\", " + etag)) {
            HttpResponse<String> again = app.get("/?date=2025-12-01", "If-None-Match", validator);
            assertThat(again.statusCode()).as(validator).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        assertThat(app.get("/?date=2025-12-01", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void filtersMakeADifferentPageWithItsOwnTag(App app) {
        String unfiltered = app.get("/?date=2025-12-01").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> vegan = app.get("/?date=2025-12-01&diet=vegan");

        assertThat(vegan.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(unfiltered);
        assertThat(app.get("/?date=2025-12-01&diet=vegan", "If-None-Match", unfiltered).statusCode()).isEqualTo(200);
    }

    @Test
    void aWarmApiAnswerIsTheColdAnswerByteForByte(App app, TestServices services) {
        // A day no other test on the shared deployment reads, and past, so reading today does not fetch it ahead.
        String path = "/api/v2/menus?hall_id=frary&date=2025-12-02&meal=dinner";
        services.withRedis(redis -> assertThat(redis.sync().exists("menu:frary:2025-12-02")).as("not yet asked for")
                .isZero());
        HttpResponse<byte[]> cold = app.getBytes(path);
        HttpResponse<byte[]> warm = app.getBytes(path);

        assertThat(cold.statusCode()).isEqualTo(200);
        assertThat(warm.body()).isEqualTo(cold.body());
        for (String header : List.of("ETag", "Content-Type", "Content-Length")) {
            assertThat(warm.headers().firstValue(header)).as(header).isEqualTo(cold.headers().firstValue(header));
        }
        assertThat(warm.headers().firstValue("Cache-Control").orElseThrow()).startsWith("public, max-age=");
        assertThat(app.getBytes(path, "Origin", "https://example.org").headers()
                .firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void staticFilesAreLinkedByFingerprintAndKeptForAYear(App app) {
        String page = app.get("/").body();
        Matcher css = Pattern.compile("href=\"(/static/site\\.css\\?v=[0-9a-f]{12})\"").matcher(page);
        Matcher colours = Pattern.compile("href=\"(/halls\\.css\\?v=[0-9a-f]{12})\"").matcher(page);
        assertThat(css.find()).as(page).isTrue();
        assertThat(colours.find()).isTrue();

        for (String url : List.of(css.group(1), colours.group(1))) {
            HttpResponse<String> file = app.get(url);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
            assertThat(file.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
            String etag = file.headers().firstValue("ETag").orElseThrow();
            assertThat(app.get(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        }
        assertThat(app.get("/static/site.css").headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertThat(app.get("/static/site.css?v=000000000000").headers().firstValue("Cache-Control"))
                .as("an old fingerprint is not kept for a year").hasValue("public, max-age=3600");
        assertThat(app.get("/static/../WEB-INF/web.xml").statusCode()).isEqualTo(404);
        assertThat(app.get("/static/nothing.css").statusCode()).isEqualTo(404);
    }

    @Test
    void theHomePageOfAFullDayOfTheCapturesWeighsUnder25KilobytesCompressed(App app) {
        // All seven halls on Thursday 2025-12-04: Pomona's week covers it; Sodexo and Bon Appétit are served re-dated.
        String date = "2025-12-04";
        vendors().override(get(urlPathEqualTo(VendorStub.SODEXO)).withQueryParam("date", equalTo(date)),
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(VendorStub.resource(VendorStub.SODEXO_CAPTURES.get("2025-12-01"))));
        VendorStub.BON_APPETIT_CAPTURES.forEach((hall, file) -> vendors().override(
                get(urlPathEqualTo(VendorStub.bonAppetitPath(hall, date))),
                aResponse().withStatus(200).withHeader("Content-Type", "text/html; charset=UTF-8").withBody(
                        new String(VendorStub.resource(file), StandardCharsets.UTF_8).replace("2026-02-07", date))));

        HttpResponse<byte[]> page = app.getBytes("/?date=" + date, "Accept-Encoding", "gzip");
        String html = new String(gunzip(page.body()), StandardCharsets.UTF_8);

        assertThat(html.split("class=\"tabs\"")).as("seven cards with meals").hasSize(8);
        assertThat(html).doesNotContain("The menu is unavailable", "No menu published");
        assertThat(page.body().length).isLessThanOrEqualTo(25 * 1024);
    }

    private static boolean sameVersion(HttpResponse<byte[]> plain, HttpResponse<byte[]> zipped) {
        String tag = plain.headers().firstValue("ETag").orElse("none");
        return zipped.headers().firstValue("ETag").orElse("").replace("-gz\"", "\"").equals(tag);
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
