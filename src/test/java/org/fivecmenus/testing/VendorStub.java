package org.fivecmenus.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three vendors, on a loopback port, serving the real captures under {@code src/test/resources/vendor}.
 * Each hall's source points here through HALL_&lt;ID&gt;_SOURCE. Tests can make one URL fail for a while and
 * count the calls that reached the vendor.
 */
public final class VendorStub implements AutoCloseable {

    public static final String SODEXO = "/sodexo/menu";
    /** Hoch's public location page, read without an API key; it shows Saturday 2025-11-15 whatever is asked. */
    public static final String SODEXO_PAGE = "/sodexo/locations/hoch-shanahan-dining-commons";
    public static final Map<String, String> SODEXO_CAPTURES = Map.of(
            "2025-11-10", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-11-10.json",
            "2025-11-12", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-11-12.json",
            "2025-11-17", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-11-17.json",
            "2025-12-01", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-12-01.json",
            // The same captures again on other dates, so tests that break a date have one of their own.
            "2025-11-11", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-11-10.json",
            "2025-11-13", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-11-12.json",
            "2025-12-02", "vendor/sodexo/kshantigreene_cs365_2025_menu_2025-12-01.json");
    public static final Map<String, String> BON_APPETIT_CAPTURES = Map.of(
            "collins", "vendor/bonappetit/collins_2026-02-07.html",
            "malott", "vendor/bonappetit/malott_2026-02-07.html",
            "mcconnell", "vendor/bonappetit/mcconnell_2026-02-07.html");
    public static final Map<String, String> POMONA_CAPTURES = Map.of(
            "Frank", "vendor/pomona/jalenjaloney_p-lates5C_frank-raw_2025-12-02.json",
            "Frary", "vendor/pomona/jalenjaloney_p-lates5C_frary-raw_2025-12-02.json",
            "Oldenborg", "vendor/pomona/jalenjaloney_p-lates5C_oldenborg-raw_2025-12-02.json");

    private final WireMockServer server;
    private final List<StubMapping> overrides = new ArrayList<>();

    private VendorStub(WireMockServer server) {
        this.server = server;
    }

    public static VendorStub start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1").dynamicPort());
        server.start();
        VendorStub stub = new VendorStub(server);
        // Sodexo answers [] ("not published") for dates it has no menu for, as the real API does.
        server.stubFor(get(urlPathEqualTo(SODEXO)).atPriority(10).withHeader("API-Key", matching(".+"))
                .willReturn(json("[]")));
        SODEXO_CAPTURES.forEach((date, file) -> server.stubFor(get(urlPathEqualTo(SODEXO)).atPriority(5)
                .withQueryParam("date", equalTo(date)).withHeader("API-Key", matching(".+"))
                .willReturn(json(resource(file)))));
        server.stubFor(get(urlPathEqualTo(SODEXO_PAGE)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(resource("vendor/sodexo/synthetic/hoch-location-page_2025-11-15.html"))));
        BON_APPETIT_CAPTURES.forEach((hall, file) -> server.stubFor(get(urlPathEqualTo(bonAppetitPath(hall, "2026-02-07")))
                .atPriority(5).willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(resource(file)))));
        // The real feed is JSONP; the captures had the wrapper stripped.
        POMONA_CAPTURES.forEach((name, file) -> server.stubFor(get(urlPathEqualTo(pomonaPath(name))).atPriority(5)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/javascript")
                        .withBody("/**/ menuData(" + new String(resource(file), StandardCharsets.UTF_8) + ");"))));
        return stub;
    }

    public static String bonAppetitPath(String hallId, String date) {
        return "/cafe/" + hallId + "/" + date + "/";
    }

    public static String pomonaPath(String feedName) {
        return "/eatec/" + feedName + ".json";
    }

    /** What a test campus file (src/test/resources/campus) writes for this stub's address. */
    public static final String IN_CAMPUS_FILES = "http://vendor.stub";

    /** This stub's address. */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** HALL_&lt;ID&gt;_SOURCE for all seven halls, pointing here. */
    public Map<String, String> environment() {
        String base = base();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HALL_HOCH_SOURCE", base + SODEXO + "?date={date}");
        env.put("HALL_HOCH_PAGE", base + SODEXO_PAGE);
        for (String hall : List.of("collins", "malott", "mcconnell")) {
            env.put("HALL_" + hall.toUpperCase() + "_SOURCE", base + "/cafe/" + hall + "/{date}/");
        }
        for (String feed : List.of("Frank", "Frary", "Oldenborg")) {
            env.put("HALL_" + feed.toUpperCase() + "_SOURCE", base + pomonaPath(feed));
        }
        env.put("SODEXO_API_KEY", "stub-key-not-a-real-one");
        return env;
    }

    /** Requests that reached the vendor at this path (and, for Sodexo, this date when given). */
    public int calls(String path, String sodexoDate) {
        var pattern = getRequestedFor(urlPathEqualTo(path));
        if (sodexoDate != null) {
            pattern = pattern.withQueryParam("date", equalTo(sodexoDate));
        }
        return server.countRequestsMatching(pattern.build()).getCount();
    }

    public int calls(String path) {
        return calls(path, null);
    }

    /** Every request that reached the stub at {@code path}, headers and all. */
    public List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path)));
    }

    /** When each request to {@code path} reached the stub, in order. */
    public List<java.time.Instant> receivedAt(String path) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path))).stream()
                .map(request -> request.getLoggedDate().toInstant()).sorted().toList();
    }

    /** The path and query of every request that reached any vendor so far. */
    public java.util.Set<String> urlsCalled() {
        return server.getAllServeEvents().stream().map(event -> event.getRequest().getUrl())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Until {@link #restore()}, answers the matching requests with {@code response} instead. */
    public void override(MappingBuilder request, ResponseDefinitionBuilder response) {
        overrides.add(server.stubFor(request.atPriority(1).willReturn(response)));
    }

    /** Every answer from now on comes this much later (zero: at once again). */
    public void delayEveryAnswer(java.time.Duration delay) {
        server.setGlobalFixedDelay((int) delay.toMillis());
    }

    public void restore() {
        overrides.forEach(server::removeStub);
        overrides.clear();
    }

    public static byte[] resource(String name) {
        try (InputStream in = VendorStub.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinitionBuilder json(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
