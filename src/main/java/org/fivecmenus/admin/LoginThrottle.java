package org.fivecmenus.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.cache.SharedCache;
import org.fivecmenus.cache.SharedStore;

/**
 * Slows password guessing without locking the owner out. Failures are counted per user and address, per
 * user, and per address, over 15 minutes, in Redis so that every instance counts the same; past a few free
 * tries each further try must wait, the wait doubling up to a minute. A try after the wait is checked like any
 * other, so the owner's correct password is accepted once the wait is over, and a stranger's failures from
 * elsewhere make the owner wait only once they are many. With Redis unreachable each instance counts alone.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    /** How many failures each scope allows before tries must wait. */
    enum Scope {
        USER_AT_ADDRESS(3), USER(20), ADDRESS(50);

        final int freeTries;

        Scope(int freeTries) {
            this.freeTries = freeTries;
        }
    }

    @Inject
    SharedStore shared;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "admin.sign-in.first-wait")
    Duration firstWait;

    // Windows, not caches to size (cache.MemoryCaches): an entry ends with its window; the count only caps keys.
    private final Cache<String, AtomicLong> localCounts = Caffeine.newBuilder().expireAfterWrite(WINDOW)
            .maximumSize(100_000).executor(Runnable::run).build();
    private final Cache<String, Instant> localWaits = Caffeine.newBuilder().expireAfterWrite(LONGEST_WAIT)
            .maximumSize(100_000).executor(Runnable::run).build();

    LoginThrottle() {
    }

    /** How long this user at this address must still wait before a try is checked; empty: try now. */
    public Optional<Duration> waitBefore(String user, String address) {
        Instant now = clock.instant();
        Instant until = now;
        for (String scope : scopes(user, address)) {
            Instant scopeUntil = waitUntil(scope);
            if (scopeUntil.isAfter(until)) {
                until = scopeUntil;
            }
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    public void failed(String user, String address) {
        List<String> keys = scopes(user, address);
        for (Scope scope : Scope.values()) {
            String key = keys.get(scope.ordinal());
            long failures = count(key);
            long over = failures - scope.freeTries;
            if (over > 0) {
                Duration wait = firstWait.multipliedBy(1L << Math.min(over - 1, 10));
                if (wait.compareTo(LONGEST_WAIT) > 0) {
                    wait = LONGEST_WAIT;
                }
                waitFor(key, wait);
            }
        }
    }

    /** The owner got in from here: this address starts afresh for this user (not the wider counts). */
    public void succeeded(String user, String address) {
        String key = scopes(user, address).get(Scope.USER_AT_ADDRESS.ordinal());
        shared.evict("login:fails:" + key);
        shared.evict("login:wait:" + key);
        localCounts.invalidate(key);
        localWaits.invalidate(key);
    }

    private static List<String> scopes(String user, String address) {
        return List.of("user-at:" + user + "|" + address, "user:" + user, "address:" + address);
    }

    private long count(String key) {
        long counted = shared.increment("login:fails:" + key, WINDOW);
        return counted >= 0 ? counted : localCounts.get(key, k -> new AtomicLong()).incrementAndGet();
    }

    private void waitFor(String key, Duration wait) {
        Instant until = clock.instant().plus(wait);
        localWaits.put(key, until);
        shared.put("login:wait:" + key, Long.toString(until.toEpochMilli()).getBytes(StandardCharsets.US_ASCII), wait);
    }

    private Instant waitUntil(String key) {
        SharedCache.Read read = shared.get("login:wait:" + key);
        if (read.answered()) {
            if (read.value() == null) {
                return Instant.MIN;
            }
            try {
                return Instant.ofEpochMilli(Long.parseLong(new String(read.value(), StandardCharsets.US_ASCII)));
            } catch (NumberFormatException e) {
                return Instant.MIN;
            }
        }
        Instant local = localWaits.getIfPresent(key);
        return local == null ? Instant.MIN : local;
    }
}
