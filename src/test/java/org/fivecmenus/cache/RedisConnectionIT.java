package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.fivecmenus.testing.OwnRedis;
import org.junit.jupiter.api.Test;

/**
 * The connection to Redis on its own, outside any server, against a redis-server of the test's own: it needs no
 * server executor to connect, keeps trying while Redis is away at the start, and once connected hears of every
 * change another client makes to a tracked key.
 */
class RedisConnectionIT {

    @Test
    void aRedisAwayAtTheStartIsConnectedToWhenItComesAndOthersChangesAreHeard() throws Exception {
        try (OwnRedis redis = OwnRedis.start("redis-connection")) {
            redis.stop();
            try (RedisConnection connection = new RedisConnection(redis.url(), Duration.ofMillis(250))) {
                List<String> changed = new CopyOnWriteArrayList<>();
                connection.onChange(changed::add);

                connection.start();
                awaitWithin(Duration.ofSeconds(10), () -> !"connecting".equals(connection.lastError()));
                assertThat(connection.connected()).isFalse();
                assertThat(connection.lastError()).as("why, for operators").contains(Integer.toString(redis.port()));

                redis.startAgain();
                awaitWithin(Duration.ofSeconds(15), () -> connection.connected() && connection.tracking());
                assertThat(connection.lastError()).isNull();

                RedisClient other = RedisClient.create(redis.url());
                try (StatefulRedisConnection<String, String> writer = other.connect()) {
                    writer.sync().set("menu:frary:2025-12-04", "changed elsewhere");
                    writer.sync().set("unrelated:key", "not tracked");
                } finally {
                    other.shutdown();
                }
                awaitWithin(Duration.ofSeconds(5), () -> changed.contains("menu:frary:2025-12-04"));
                assertThat(changed).doesNotContain("unrelated:key");
            }
        }
    }

    private static void awaitWithin(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("still waiting after " + limit).isBefore(deadline);
            Thread.sleep(20);
        }
    }
}
