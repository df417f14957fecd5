package org.fivecmenus.cache;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The cache every instance shares: Redis when {@code redis.url} is set, else nothing (the embedded default,
 * one instance). Holds opaque bytes. Never throws for a cache failure: a cache that cannot answer says so in
 * its {@link Read}, and the caller falls through to its own copy, the vendor or the database.
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

    /** The outcome of {@link #tryLock}. */
    enum Lock {
        /** This caller holds the lock until it unlocks or the lock's time runs out. */
        ACQUIRED,
        /** Another holds it. */
        TAKEN,
        /** Nobody to ask (no Redis, or it is not answering): every instance decides for itself. */
        NO_ANSWER
    }

    Read get(String key);

    /**
     * Takes a short lock between instances ({@code SET key token NX PX ttl}): whoever holds it does a piece of
     * work the others wait for. It ends by itself after {@code ttl} if the holder dies.
     */
    Lock tryLock(String key, String token, Duration ttl);

    /** Releases the lock if this token still holds it (compare and delete); never another holder's. */
    void unlock(String key, String token);

    /**
     * Counts one event under the key; the count ends {@code window} after its first event.
     *
     * @return the count including this event, or -1 when there is nobody to ask
     */
    long increment(String key, Duration window);

    void put(String key, byte[] value, Duration ttl);

    void evict(String key);

    /** Changes a key that exists only so that every instance hears of a change (the hours' version). */
    void bump(String key);

    /**
     * Calls the listener with each key another instance (or anyone) changed, deleted, or let expire; with
     * {@code null} when everything may have changed (the shared cache was flushed).
     */
    void onChange(Consumer<String> listener);

    /**
     * Changes whenever changes may have gone unheard (a reconnect after an outage): copies kept since an
     * earlier generation must be checked against the shared cache before they are trusted again.
     */
    long generation();

    /**
     * How long an instance may trust its own copy without hearing of changes. Unbounded when changes are
     * heard (or there is nobody else, or the shared cache is down and the own copy is all there is); short
     * when connected but not told of changes, so a change elsewhere shows within a second.
     */
    Duration trustOwnCopyFor();

    CacheState state();

    /** Whether another process answers reads (Redis); false when this instance's memory is all there is. */
    default boolean remote() {
        return true;
    }

    @Override
    default void close() {
    }

    /** The embedded default: one instance, nothing shared. */
    SharedCache NONE = new MemoryOnly(new CacheState("in-process", true, false, "no REDIS_URL: this instance's memory only"));
}
