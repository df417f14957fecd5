package org.fivecmenus.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * A string cache with per-entry time to live. Never throws for a cache failure: a cache that cannot answer
 * answers "miss", so the caller falls through to the vendor and the database.
 */
public interface MenuCache extends AutoCloseable {

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    void evict(String key);

    /** Remaining time to live, if the key exists and the backend can tell. */
    Optional<Duration> ttl(String key);

    CacheState state();

    @Override
    default void close() {
    }
}
