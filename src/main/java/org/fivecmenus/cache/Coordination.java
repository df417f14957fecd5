package org.fivecmenus.cache;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the instances tell each other through the shared store: short locks (one instance does a piece of work the
 * others wait for), counts over a window, and which keys changed. Without Redis there is nobody to tell: a lock
 * and a count have no answer, and nothing changes elsewhere. The values themselves are {@link SharedCache}'s.
 */
public interface Coordination {

    /** The outcome of {@link #tryLock}. */
    enum Lock {
        /** This caller holds the lock until it unlocks or the lock's time runs out. */
        ACQUIRED,
        /** Another holds it. */
        TAKEN,
        /** Nobody to ask (no Redis, or it is not answering): every instance decides for itself. */
        NO_ANSWER
    }

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
}
