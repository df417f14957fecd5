package org.fivecmenus.cache;

import java.time.Duration;

/**
 * The values every instance shares: Redis when {@code redis.url} is set, else nothing (the embedded default,
 * one instance). Holds opaque bytes. Never throws for a cache failure: a cache that cannot answer says so in
 * its {@link Read}, and the caller falls through to its own copy, the vendor or the database. What instances tell
 * each other (locks, counts, changes) is {@link Coordination}; one {@link SharedStore} is both.
 */
public interface SharedCache extends AutoCloseable {

    /** Longer than any entry lives. */
    Duration FOREVER = Duration.ofDays(3650);

    /** What a read found: the bytes, nothing, or no answer at all (Redis down, slow or resting). */
    record Read(boolean answered, byte[] value) {

        public static final Read UNANSWERED = new Read(false, null);
        public static final Read MISSING = new Read(true, null);

        public static Read of(byte[] value) {
            return value == null ? MISSING : new Read(true, value);
        }
    }

    Read get(String key);

    void put(String key, byte[] value, Duration ttl);

    void evict(String key);

    CacheState state();

    /** Whether another process answers reads (Redis); false when this instance's memory is all there is. */
    default boolean remote() {
        return true;
    }

    @Override
    default void close() {
    }
}
