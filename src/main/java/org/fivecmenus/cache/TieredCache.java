package org.fivecmenus.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A near cache of decoded values in this instance's memory, in front of the {@link SharedCache}. A hit makes no
 * network round trip and decodes nothing. The shared cache stays the truth between instances: a value another
 * instance replaces or deletes there is dropped here as soon as the shared cache says so; a reconnect after an
 * outage makes every copy kept meanwhile be checked against it once, and a copy the shared cache lost (a Redis
 * restarted empty) is written back rather than fetched again. While the shared cache does not answer, the near
 * copies serve until they expire.
 *
 * <p>Bounded by weight (bytes), so a flood of distinct keys cannot grow the heap without limit.
 *
 * <p>Longer than 250 lines because the two tiers, the shared read of a key, the fill-once lock and the
 * invalidation from other instances all work on the same entries and must change together.
 */
public final class TieredCache<V> {

    private static final Logger LOG = Logger.getLogger(TieredCache.class.getName());

    /** How values travel through the shared cache, how long they live, and how much memory they hold. */
    public interface Codec<V> {
        byte[] encode(V value);

        /** @throws IllegalArgumentException for bytes it cannot read (an older release's, or corrupt) */
        V decode(byte[] bytes);

        /** When the value stops being served from a cache. */
        Instant expiresAt(V value);

        int weight(V value);
    }

    private record Entry<V>(V value, long generation, long nearNanos) {
    }

    /** How often a caller waiting on another instance's fetch looks again, if no change is heard first. */
    static final Duration POLL = Duration.ofMillis(100);

    private final SharedStore shared;
    private final Codec<V> codec;
    /** Callers waiting for a key that another instance is filling, woken by the shared cache's change. */
    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    /** Redis reads under way, by key: the misses that come meanwhile take the same answer. */
    private final ConcurrentMap<String, CompletableFuture<SharedCache.Read>> reading = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Cache<String, Entry<V>> near;

    public TieredCache(SharedStore shared, Codec<V> codec, Clock clock, long maxBytes, Ticker ticker) {
        this.shared = shared;
        this.codec = codec;
        this.clock = clock;
        this.near = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry<V> entry) -> codec.weight(entry.value()))
                .expireAfter(new Expiry<String, Entry<V>>() {
                    @Override
                    public long expireAfterCreate(String key, Entry<V> entry, long now) {
                        return entry.nearNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry<V> entry, long now, long current) {
                        return entry.nearNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry<V> entry, long now, long current) {
                        return current;
                    }
                })
                .ticker(ticker)
                // Maintenance on the calling thread: no unmanaged ForkJoinPool work inside the container.
                .executor(Runnable::run)
                .build();
        shared.onChange(key -> {
            if (key == null) {
                near.invalidateAll();
                waiting.keySet().forEach(this::wake);
            } else {
                near.invalidate(key);
                wake(key);
            }
        });
    }

    public TieredCache(SharedStore shared, Codec<V> codec, Clock clock, long maxBytes) {
        this(shared, codec, clock, maxBytes, Ticker.systemTicker());
    }

    public Optional<V> get(String key) {
        Entry<V> mine = near.getIfPresent(key);
        if (mine != null && mine.generation() == shared.generation()) {
            return Optional.of(mine.value());
        }
        if (!shared.remote()) {
            // Nobody else to ask, and a crowd coalesced on nothing would only queue behind a preempted thread.
            return Optional.ofNullable(mine).map(Entry::value);
        }
        SharedCache.Read read = sharedRead(key);
        if (!read.answered()) {
            return mine == null ? Optional.empty() : Optional.of(mine.value());
        }
        if (read.value() != null) {
            try {
                V value = codec.decode(read.value());
                keep(key, value);
                return Optional.of(value);
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "Ignoring unreadable cache entry " + key + ": " + e.getMessage());
                shared.evict(key);
                near.invalidate(key);
                return Optional.empty();
            }
        }
        if (mine != null && positive(remaining(mine.value()))) {
            // Checked after a reconnect: the shared cache lost it (restarted empty), this instance did not.
            shared.put(key, codec.encode(mine.value()), remaining(mine.value()));
            keep(key, mine.value());
            return Optional.of(mine.value());
        }
        near.invalidate(key);
        return Optional.empty();
    }

    /**
     * One Redis read per key at a time on this instance, its answer shared with whoever misses the same key
     * meanwhile: a burst of misses for one menu is one round trip, not a queue of a thousand on the connection
     * that times the lock request out behind them (bench/stampede.sh).
     */
    private SharedCache.Read sharedRead(String key) {
        CompletableFuture<SharedCache.Read> mine = new CompletableFuture<>();
        CompletableFuture<SharedCache.Read> running = reading.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            SharedCache.Read read = shared.get(key);
            mine.complete(read);
            return read;
        } catch (RuntimeException | Error e) {
            mine.complete(SharedCache.Read.UNANSWERED);
            throw e;
        } finally {
            reading.remove(key, mine);
        }
    }

    /**
     * Does a piece of work on one instance at a time: the one that takes the shared lock of the key runs
     * {@code work} (which puts what the others should see); the others wait, at most {@code wait}, for the key to
     * be filled, and take over if the lock ends first (its holder died). With nobody to ask for the lock (no
     * Redis, or it is down) every caller runs the work: it is already single-flighted within its instance.
     *
     * @param lockTtl longer than the work can take, so a slow holder is not taken over while it works
     * @return what the work returned, or the value another instance filled; empty when the wait ran out
     */
    public Optional<V> once(String key, Duration lockTtl, Duration wait, Supplier<Optional<V>> work) {
        return once(key, lockTtl, wait, value -> true, work);
    }

    /** As above; a waiter takes only a value that {@code good} accepts (not the old one still kept, say). */
    public Optional<V> once(String key, Duration lockTtl, Duration wait, Predicate<V> good,
                            Supplier<Optional<V>> work) {
        String lock = "lock:" + key;
        String token = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Coordination.Lock taken = shared.tryLock(lock, token, lockTtl);
            if (taken != Coordination.Lock.TAKEN) {
                try {
                    // The holder before us may have finished between the caller's miss and this lock.
                    Optional<V> filled = get(key).filter(good);
                    return filled.isPresent() ? filled : work.get();
                } finally {
                    if (taken == Coordination.Lock.ACQUIRED) {
                        shared.unlock(lock, token);
                    }
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            awaitChange(key, Math.min(left, POLL.toNanos()));
            Optional<V> filled = get(key).filter(good);
            if (filled.isPresent()) {
                return filled;
            }
        }
    }

    private void awaitChange(String key, long nanos) {
        CompletableFuture<Void> signal = waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
        try {
            signal.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Look again anyway.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void wake(String key) {
        CompletableFuture<Void> signal = waiting.remove(key);
        if (signal != null) {
            signal.complete(null);
        }
    }

    /** Keeps the value here and in the shared cache, until {@link Codec#expiresAt}. */
    public void put(String key, V value) {
        Duration ttl = remaining(value);
        if (!positive(ttl)) {
            return;
        }
        keep(key, value);
        shared.put(key, codec.encode(value), ttl);
        // Callers of this instance waiting in once() hear no change for their own instance's write.
        wake(key);
    }

    public void evict(String key) {
        near.invalidate(key);
        shared.evict(key);
    }

    /** Also tells the listener of every key changed elsewhere (null: everything), after dropping it here. */
    public void onChange(java.util.function.Consumer<String> listener) {
        shared.onChange(listener);
    }

    public CacheState state() {
        return shared.state();
    }

    private void keep(String key, V value) {
        Duration nearTtl = min(remaining(value), shared.trustOwnCopyFor());
        near.put(key, new Entry<>(value, shared.generation(), nearTtl.toNanos()));
    }

    private Duration remaining(V value) {
        return Duration.between(clock.instant(), codec.expiresAt(value));
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
