package org.fivecmenus.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.OwnRedis;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances behind one Redis and one PostgreSQL behave like one: a menu fetched by either is served by
 * both, a refetch or an hours edit on one shows on the other. They share a Redis of their own (so its change
 * tracking is theirs alone) and a schema of their own, which both migrate at once when they start.
 */
class TwoInstancesIT {

    private static OwnRedis redis;
    private static VendorStub vendors;
    private static TestServices services;
    private static DeployedApp one;
    private static DeployedApp two;

    @BeforeAll
    static void start() {
        redis = OwnRedis.start("two-instances");
        TestServices shared = TestServices.fromEnvironment();
        // An empty schema both instances migrate at once: Flyway's lock keeps that safe.
        services = shared.isolated("two_instances", redis.url());
        vendors = VendorStub.start();
        DeployedApp[] instances = DeployedApp.startTwo("instance", AppConfig.onCaptureWeek(vendors, services));
        one = instances[0];
        two = instances[1];
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(one, two, vendors, redis);
    }

    @AfterEach
    void vendorsAnswerNormallyAgain() {
        vendors.restore();
    }

    @Test
    void aMenuFetchedByOneInstanceIsServedByTheOtherWithoutAnotherVendorCall() {
        String path = "/api/v2/menus?hall_id=frary&date=2025-12-04";
        int before = vendors.calls(VendorStub.pomonaPath("Frary"));

        HttpResponse<String> first = one.get(path);
        HttpResponse<String> second = two.get(path);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(vendors.calls(VendorStub.pomonaPath("Frary")) - before).isEqualTo(1);
    }

    @Test
    void aRefetchOnOneInstanceReplacesTheMenuOnTheOtherWithinTwoSeconds() throws Exception {
        String path = "/api/v2/menus?hall_id=oldenborg&date=2025-12-05";
        assertThat(one.get(path).body()).isEqualTo(two.get(path).body()).doesNotContain("Refetched Pozole");
        String feed = new String(VendorStub.resource(VendorStub.POMONA_CAPTURES.get("Oldenborg")), StandardCharsets.UTF_8);
        String changed = feed.replace("Roast Sirloin with Bleu Creme", "Refetched Pozole");
        assertThat(changed).isNotEqualTo(feed);
        vendors.override(get(urlPathEqualTo(VendorStub.pomonaPath("Oldenborg"))), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/javascript").withBody("/**/ menuData(" + changed + ");"));

        AdminSession operator = AdminSession.signedIn(one);
        operator.get("/admin");
        HttpResponse<String> refetched = operator.post("/admin/refetch", Map.of("hall", "oldenborg", "date", "2025-12-05"));
        assertThat(refetched.statusCode()).isEqualTo(302);
        Instant done = Instant.now();

        assertThat(one.get(path).body()).contains("Refetched Pozole");
        String seen = two.get(path).body();
        while (!seen.contains("Refetched Pozole") && Duration.between(done, Instant.now()).toMillis() < 2000) {
            Thread.sleep(20);
            seen = two.get(path).body();
        }
        assertThat(seen).as("the other instance within 2 s").contains("Refetched Pozole");
    }

    @Test
    void anHoursEditOnOneInstanceShowsOnTheNextPageViewOfTheOther() throws Exception {
        String reason = "Closed while two instances test their hours";
        assertThat(two.get("/?date=2025-12-19").body()).doesNotContain(reason);
        assertThat(two.get("/api/v2/open-now?at=2025-12-19T12:15").body()).contains("\"frary\"");

        AdminSession operator = AdminSession.signedIn(one);
        operator.get("/admin/overrides?hall=frary");
        assertThat(operator.post("/admin/overrides", Map.of("hall", "frary", "action", "add", "kind", "closed_day",
                "date", "2025-12-19", "reason", reason)).statusCode()).isEqualTo(302);

        assertThat(two.get("/?date=2025-12-19").body()).contains(reason);
        assertThat(two.get("/api/v2/open-now?at=2025-12-19T12:15").body()).doesNotContain("\"frary\"");

        // And back the other way: removed on the second instance, gone from the first.
        AdminSession other = AdminSession.signedIn(two);
        other.get("/admin/overrides?hall=frary");
        assertThat(other.post("/admin/overrides", Map.of("hall", "frary", "action", "delete",
                "id", Long.toString(overrideId("frary", "2025-12-19")))).statusCode()).isEqualTo(302);
        assertThat(one.get("/?date=2025-12-19").body()).doesNotContain(reason);
    }

    @Test
    void anAdminSignedInOnOneInstanceIsSignedInOnTheOther() {
        AdminSession onOne = AdminSession.signedIn(one);
        AdminSession onTwo = onOne.on(two);

        assertThat(onTwo.get("/admin").statusCode()).isEqualTo(200);
        assertThat(onTwo.get("/admin").body()).contains("Sign out alice");
        assertThat(onTwo.post("/admin/logout", Map.of()).statusCode()).isEqualTo(302);
        assertThat(onOne.get("/admin").statusCode()).as("signed out everywhere").isEqualTo(302);
    }

    private static long overrideId(String hall, String date) throws Exception {
        try (Connection c = services.connect(); Statement sql = c.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT id FROM hours_override WHERE hall_id = '" + hall + "' AND service_date = DATE '" + date + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
