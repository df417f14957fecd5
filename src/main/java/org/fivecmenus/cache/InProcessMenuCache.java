package org.fivecmenus.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;

/**
 * The cache of the embedded default, and the fallback while Redis is down. Bounded in size so a long Redis
 * outage cannot grow the heap without limit.
 */
public class InProcessMenuCache implements MenuCache {

    private record Entry(String value, long ttlNanos) {
    }

    private final Cache<String, Entry> entries;

    public InProcessMenuCache(long maximumEntries) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumEntries)
                // Maintenance on the calling thread: no unmanaged ForkJoinPool work inside the container.
                .executor(Runnable::run)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long currentTime) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.getIfPresent(key)).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, ttl.toNanos()));
    }

    @Override
    public void evict(String key) {
        entries.invalidate(key);
    }

    @Override
    public Optional<Duration> ttl(String key) {
        return entries.policy().expireVariably().flatMap(policy -> policy.getExpiresAfter(key));
    }

    @Override
    public CacheState state() {
        return new CacheState("in-process", true, false, entries.estimatedSize() + " entries");
    }
}
