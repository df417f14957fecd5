package org.fivecmenus.cache;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Redis as the cache all instances share. Redis failures are "no answer"; nothing is retried inline, and after
 * a failure Redis is left alone for a few seconds so that a dead or frozen peer does not cost every request
 * its command timeout.
 */
public class RedisSharedCache implements SharedStore {

    private static final Logger LOG = Logger.getLogger(RedisSharedCache.class.getName());

    /** After a failed command Redis is left alone this long: a dead peer would otherwise cost every command. */
    static final Duration REST_AFTER_FAILURE = Duration.ofSeconds(5);
    /** Without change tracking, another instance's change shows here within this. */
    static final Duration UNTRACKED_TRUST = Duration.ofSeconds(1);

    private final RedisConnection redis;
    private final Duration timeout;
    private volatile long restUntilNanos;
    private volatile boolean resting;

    public RedisSharedCache(RedisConnection redis, Duration timeout) {
        this.redis = redis;
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
    public Read get(String key) {
        if (!usable()) {
            return Read.UNANSWERED;
        }
        try {
            return Read.of(await(c -> c.get(key)));
        } catch (CacheUnavailable e) {
            return Read.UNANSWERED;
        }
    }

    /** Deletes the lock only while it still holds this caller's token. */
    private static final String UNLOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('del', KEYS[1]) else return 0 end";
    /** One more event; the window starts with the first. */
    private static final String INCREMENT = "local n = redis.call('incr', KEYS[1]) "
            + "if n == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end return n";

    @Override
    public Lock tryLock(String key, String token, Duration ttl) {
        if (!usable()) {
            return Lock.NO_ANSWER;
        }
        try {
            String reply = await(c -> c.set(key, token.getBytes(StandardCharsets.UTF_8),
                    SetArgs.Builder.nx().px(Math.max(1, ttl.toMillis()))));
            return "OK".equals(reply) ? Lock.ACQUIRED : Lock.TAKEN;
        } catch (CacheUnavailable e) {
            return Lock.NO_ANSWER;
        }
    }

    @Override
    public void unlock(String key, String token) {
        if (usable()) {
            try {
                await(c -> c.<Long>eval(UNLOCK, ScriptOutputType.INTEGER, new String[] {key},
                        token.getBytes(StandardCharsets.UTF_8)));
            } catch (CacheUnavailable e) {
                // The lock ends by itself when its time runs out.
            }
        }
    }

    @Override
    public long increment(String key, Duration window) {
        if (!usable()) {
            return -1;
        }
        try {
            Long count = await(c -> c.<Long>eval(INCREMENT, ScriptOutputType.INTEGER, new String[] {key},
                    Long.toString(Math.max(1, window.toMillis())).getBytes(StandardCharsets.UTF_8)));
            return count == null ? -1 : count;
        } catch (CacheUnavailable e) {
            return -1;
        }
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
        if (usable()) {
            try {
                await(c -> c.psetex(key, Math.max(1, ttl.toMillis()), value));
            } catch (CacheUnavailable e) {
                // Already logged; this instance's own copy serves until Redis returns.
            }
        }
    }

    @Override
    public void evict(String key) {
        if (usable()) {
            try {
                await(c -> c.del(key));
            } catch (CacheUnavailable e) {
                // Already logged.
            }
        }
    }

    @Override
    public void bump(String key) {
        if (usable()) {
            try {
                await(c -> c.incr(key));
            } catch (CacheUnavailable e) {
                // Already logged.
            }
        }
    }

    @Override
    public void onChange(Consumer<String> listener) {
        redis.onChange(listener);
    }

    @Override
    public long generation() {
        return redis.generation();
    }

    @Override
    public Duration trustOwnCopyFor() {
        boolean answering = redis.connected() && !(resting && System.nanoTime() - restUntilNanos < 0);
        return !answering || redis.tracking() ? FOREVER : UNTRACKED_TRUST;
    }

    @Override
    public CacheState state() {
        boolean connected = redis.connected();
        return new CacheState("redis", connected, !connected || resting,
                connected ? redis.describe() + (redis.tracking() ? "" : ", not tracking changes")
                        : redis.describe() + ": " + redis.lastError());
    }

    /** Waits on the caller's thread, never on Lettuce's event loop, and at most the command timeout. */
    private <T> T await(Function<RedisAsyncCommands<String, byte[]>, RedisFuture<T>> command) {
        RedisAsyncCommands<String, byte[]> commands = redis.commands().orElseThrow(CacheUnavailable::new);
        try {
            return command.apply(commands).get(timeout.toMillis() + 50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CacheUnavailable();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            restUntilNanos = System.nanoTime() + REST_AFTER_FAILURE.toNanos();
            if (!resting) {
                resting = true;
                LOG.warning(() -> "Redis command failed (" + e + "); serving from this instance's memory for "
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
