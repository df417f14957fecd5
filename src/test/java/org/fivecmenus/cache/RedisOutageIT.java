package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.AdminSession;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.OwnRedis;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis stopped under a running application: requests keep being answered (from the in-process copy and the
 * database), readiness says the cache is degraded, and the connection comes back by itself with Redis. The
 * test runs its own redis-server on a free loopback port so that stopping it disturbs nothing else.
 */
class RedisOutageIT {

    private static OwnRedis redis;
    private static VendorStub vendors;
    private static DeployedApp app;

    @BeforeAll
    static void start() throws Exception {
        redis = OwnRedis.start("redis-outage");
        TestServices shared = TestServices.fromEnvironment();
        TestServices services = shared.isolated("redis_outage", redis.url());
        vendors = VendorStub.start();
        app = DeployedApp.start("redis-outage", AppConfig.onCaptureWeek(vendors, services));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (vendors != null) {
            vendors.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void keepsAnsweringWhileRedisIsDownAndReconnectsWhenItReturns() throws Exception {
        AdminSession operator = AdminSession.signedIn(app);
        assertThat(app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-01").statusCode()).isEqualTo(200);

        redis.stop();

        Instant before = Instant.now();
        HttpResponse<String> cachedBeforeTheOutage = app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-01");
        HttpResponse<String> neverCached = app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-02");
        assertThat(cachedBeforeTheOutage.statusCode()).isEqualTo(200);
        assertThat(neverCached.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.object(neverCached.body()).getString("status")).isEqualTo("ok");
        assertThat(Duration.between(before, Instant.now())).as("no request waits for a dead Redis")
                .isLessThan(Duration.ofSeconds(10));

        HttpResponse<String> ready = app.get("/health/ready");
        assertThat(ready.statusCode()).as("a Redis outage only degrades the cache").isEqualTo(200);
        assertThat(JsonBodies.object(operator.get("/admin/services").body()).getJsonObject("cache")
                .getBoolean("degraded")).isTrue();

        redis.startAgain();
        app.awaitRedisConnected(Duration.ofSeconds(60));
        assertThat(app.get("/api/v2/menus?hall_id=oldenborg&date=2025-12-03").statusCode()).isEqualTo(200);
    }
}
