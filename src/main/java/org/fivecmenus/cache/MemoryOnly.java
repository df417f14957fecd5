package org.fivecmenus.cache;

import java.time.Duration;
import java.util.function.Consumer;

/** No shared cache: each instance's near cache is all there is. */
record MemoryOnly(CacheState state) implements SharedStore {

    @Override
    public Read get(String key) {
        return Read.UNANSWERED;
    }

    @Override
    public Lock tryLock(String key, String token, Duration ttl) {
        return Lock.NO_ANSWER;
    }

    @Override
    public void unlock(String key, String token) {
    }

    @Override
    public long increment(String key, Duration window) {
        return -1;
    }

    @Override
    public void put(String key, byte[] value, Duration ttl) {
    }

    @Override
    public void evict(String key) {
    }

    @Override
    public void bump(String key) {
    }

    @Override
    public void onChange(Consumer<String> listener) {
    }

    @Override
    public long generation() {
        return 0;
    }

    @Override
    public boolean remote() {
        return false;
    }

    @Override
    public Duration trustOwnCopyFor() {
        return FOREVER;
    }
}
