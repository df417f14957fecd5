package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.fivecmenus.testing.AppConfig;
import org.fivecmenus.testing.DeployedApp;
import org.fivecmenus.testing.Load;
import org.fivecmenus.testing.OwnRedis;
import org.fivecmenus.testing.TestServices;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis killed ({@code kill -9}), restarted empty and frozen ({@code SIGSTOP} for eight command timeouts)
 * while six clients keep asking for menus and pages: no request fails, none waits much longer than the
 * Redis command timeout, no menu is fetched from a vendor again, and what Redis lost is written back from
 * this instance's copies once it returns. Its own redis-server on a free port, so nothing else is disturbed.
 */
class RedisUnderLoadIT {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(250);
    /** Generous against a loaded two-core machine; the measured figures are printed and in RESILIENCE.md. */
    private static final Duration P99_BOUND = COMMAND_TIMEOUT.multipliedBy(4);

    private static final List<String> MENUS = List.of(
            "/api/v2/menus?hall_id=hoch&date=2025-11-10", "/api/v2/menus?hall_id=hoch&date=2025-11-12",
            "/api/v2/menus?hall_id=hoch&date=2025-12-01", "/api/v2/menus?hall_id=frank&date=2025-12-02",
            "/api/v2/menus?hall_id=frary&date=2025-12-03", "/api/v2/menus?hall_id=oldenborg&date=2025-12-03",
            "/api/v2/menus?hall_id=collins&date=2026-02-07", "/api/v2/menus?hall_id=malott&date=2026-02-07",
            "/api/v2/menus?hall_id=mcconnell&date=2026-02-07&meal=lunch");
    /** Asked first while Redis is frozen: Sodexo days, each its own vendor call. */
    private static final List<String> COLD = List.of("/api/v2/menus?hall_id=hoch&date=2025-11-13",
            "/api/v2/menus?hall_id=hoch&date=2025-11-17", "/api/v2/menus?hall_id=hoch&date=2025-11-11");
    private static final Duration COLD_BOUND = Duration.ofSeconds(3);
    private static final List<String> PAGES = List.of("/", "/halls/frary", "/halls/hoch?date=2025-12-01",
            "/open-now", "/api/v2/open-now", "/api/v2/halls");

    private static OwnRedis redis;
    private static VendorStub vendors;
    private static TestServices services;
    private static DeployedApp app;

    @BeforeAll
    static void start() {
        redis = OwnRedis.start("redis-under-load");
        services = TestServices.fromEnvironment().isolated("redis_under_load", redis.url());
        vendors = VendorStub.start();
        app = DeployedApp.start("redis-under-load", AppConfig.onCaptureWeek(vendors, services)
                .with("REDIS_COMMAND_TIMEOUT", "PT" + COMMAND_TIMEOUT.toMillis() / 1000.0 + "S"));
    }

    @AfterAll
    static void stop() {
        DeployedApp.closeAll(app, vendors, redis);
    }

    @Test
    void killedFrozenAndRestartedEmptyRedisFailsNoRequestAndRefetchesNothing() throws Exception {
        List<String> paths = new ArrayList<>(MENUS);
        paths.addAll(PAGES);
        paths.forEach(app::get);
        Set<String> warmed = vendors.urlsCalled();
        long menusInRedis = menuKeys();
        assertThat(menusInRedis).as("every menu asked for is shared").isGreaterThanOrEqualTo(MENUS.size());

        Load load = Load.start(app, 6, paths, Duration.ofSeconds(5));
        Instant t0 = Instant.now();
        Thread.sleep(3_000);
        Instant killed = Instant.now();
        redis.kill();
        Thread.sleep(4_000);
        Instant restarted = Instant.now();
        redis.startAgain();
        Instant refilled = awaitMenuKeys(menusInRedis, Duration.ofSeconds(30));
        Instant frozen = Instant.now();
        redis.freeze();
        // Warm answers come from this instance's copies and never touch Redis; days nobody asked for yet do,
        // and each Redis command they make waits out its timeout.
        Map<String, Duration> cold = new java.util.LinkedHashMap<>();
        for (String path : COLD) {
            long c0 = System.nanoTime();
            int status = app.get(path).statusCode();
            cold.put(path + " -> " + status, Duration.ofNanos(System.nanoTime() - c0));
        }
        Thread.sleep(Math.max(0, COMMAND_TIMEOUT.multipliedBy(8).toMillis()
                - Duration.between(frozen, Instant.now()).toMillis()));
        Instant thawed = Instant.now();
        redis.thaw();
        Thread.sleep(3_000);
        Load.Phase all = load.stop();
        Instant end = Instant.now();

        Map<String, Load.Phase> phases = new java.util.LinkedHashMap<>();
        phases.put("before", load.between(t0, killed));
        phases.put("killed", load.between(killed, restarted));
        phases.put("restarted empty", load.between(restarted, frozen));
        phases.put("frozen", load.between(frozen, thawed));
        phases.put("thawed", load.between(thawed, end));
        phases.forEach((name, phase) -> System.out.println("RedisUnderLoadIT " + name + ": " + phase));
        cold.forEach((path, took) -> System.out.println("RedisUnderLoadIT cold while frozen: " + path + " in "
                + took.toMillis() + " ms"));

        assertThat(all.failures()).as("failed requests").isEmpty();
        assertThat(all.samples().size()).as("the load ran").isGreaterThan(100);
        phases.forEach((name, phase) -> {
            assertThat(phase.samples()).as(name + ": requests").isNotEmpty();
            assertThat(phase.percentile(99)).as(name + ": p99").isLessThanOrEqualTo(P99_BOUND);
        });
        assertThat(cold.keySet()).as("days first asked while Redis is frozen are served")
                .allMatch(answer -> answer.endsWith("-> 200"));
        assertThat(cold.values()).as("each within a few command timeouts and the vendor's answer")
                .allMatch(took -> took.compareTo(COLD_BOUND) <= 0);
        assertThat(refilled).as("what Redis lost is written back from this instance's copies").isNotNull();
        Set<String> refetched = new HashSet<>(vendors.urlsCalled());
        refetched.removeAll(warmed);
        refetched.removeIf(url -> COLD.stream().anyMatch(path -> url.contains(path.substring(path.length() - 10))));
        assertThat(refetched).as("vendor calls for days already loaded").isEmpty();
    }

    private static long menuKeys() {
        AtomicLong keys = new AtomicLong();
        services.withRedis(r -> keys.set(r.sync().keys("menu:*").size()));
        return keys.get();
    }

    /** When Redis holds {@code expected} menus again, or null if it did not within {@code limit}. */
    private static Instant awaitMenuKeys(long expected, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (menuKeys() >= expected) {
                return Instant.now();
            }
            Thread.sleep(100);
        }
        return null;
    }
}
