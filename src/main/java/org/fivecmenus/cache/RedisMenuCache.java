package org.fivecmenus.cache;

import io.lettuce.core.RedisFuture;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import io.lettuce.core.api.async.RedisAsyncCommands;

/**
 * Redis as the shared cache, with an in-process copy of everything written so that a Redis outage degrades
 * to per-instance caching instead of sending every request to the vendors. Redis failures are cache misses;
 * nothing is retried inline.
 */
public class RedisMenuCache implements MenuCache {

    private static final Logger LOG = Logger.getLogger(RedisMenuCache.class.getName());

    /** After a failed command Redis is left alone this long: a dead peer would otherwise cost every command. */
    static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(5);

    private final RedisConnection redis;
    private final InProcessMenuCache local;
    private final Duration timeout;
    private volatile long restUntilNanos;
    private volatile boolean resting;

    public RedisMenuCache(RedisConnection redis, InProcessMenuCache local, Duration timeout) {
        this.redis = redis;
        this.local = local;
        this.timeout = timeout;
    }

    /** Whether Redis may be asked now: connected, and not resting after a failure. */
    private boolean usable() {
        if (!redis.connected()) {
            return false;
        }
        if (resting && System.nanoTime() - restUntilNanos < 0) {
            return false;
        }
        if (resting) {
            resting = false;
            LOG.info("Trying Redis again after a failure");
        }
        return true;
    }

    @Override
    public Optional<String> get(String key) {
        if (!usable()) {
            return local.get(key);
        }
        try {
            return Optional.ofNullable(await(c -> c.get(key)));
        } catch (CacheUnavailable e) {
            return local.get(key);
        }
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        local.put(key, value, ttl);
        if (usable()) {
            try {
                await(c -> c.psetex(key, ttl.toMillis(), value));
            } catch (CacheUnavailable e) {
                // Already logged; the local copy serves this instance until Redis returns.
            }
        }
    }

    @Override
    public void evict(String key) {
        local.evict(key);
        if (usable()) {
            try {
                await(c -> c.del(key));
            } catch (CacheUnavailable e) {
                // Already logged.
            }
        }
    }

    @Override
    public Optional<Duration> ttl(String key) {
        if (!usable()) {
            return local.ttl(key);
        }
        try {
            Long millis = await(c -> c.pttl(key));
            return millis == null || millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
        } catch (CacheUnavailable e) {
            return local.ttl(key);
        }
    }

    @Override
    public CacheState state() {
        boolean connected = redis.connected();
        return new CacheState("redis", connected, !connected || resting,
                connected ? redis.describe() : redis.describe() + ": " + redis.lastError());
    }

    /** Waits on the caller's thread, never on Lettuce's event loop, and at most the command timeout. */
    private <T> T await(Function<RedisAsyncCommands<String, String>, RedisFuture<T>> command) {
        RedisAsyncCommands<String, String> commands = redis.commands().orElseThrow(CacheUnavailable::new);
        try {
            return command.apply(commands).get(timeout.toMillis() + 50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheUnavailable();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            restUntilNanos = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
            if (!resting) {
                resting = true;
                LOG.warning(() -> "Redis command failed (" + e + "); serving from the in-process cache for "
                        + REST_AFTER_FAILURE.toSeconds() + " s");
            }
            LOG.log(Level.FINE, "Redis command failed", e);
            throw new CacheUnavailable();
        }
    }

    @Override
    public void close() {
        redis.close();
    }

    private static final class CacheUnavailable extends RuntimeException {
        CacheUnavailable() {
            super(null, null, false, false);
        }
    }
}
