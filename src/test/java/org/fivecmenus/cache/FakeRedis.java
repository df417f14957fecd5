package org.fivecmenus.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One Redis shared by several instances, in memory: each {@link #instance()} is what one app instance's
 * {@link SharedStore} sees. Like Redis with change tracking, a change is told to every other instance (not to
 * the one that made it). It can go down, come back (a reconnect: changes meanwhile unheard), lose everything,
 * or stop tracking.
 */
public final class FakeRedis {

    private record Value(byte[] bytes, Instant expiresAt) {
    }

    private final Clock clock;
    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private final List<Instance> instances = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile boolean tracking = true;
    private volatile long generation;
    public final AtomicInteger reads = new AtomicInteger();
    /** While set, reads wait on it: a Redis busy answering others. */
    public volatile java.util.concurrent.CountDownLatch slowReads;

    public FakeRedis(Clock clock) {
        this.clock = clock;
    }

    public SharedStore instance() {
        Instance instance = new Instance();
        instances.add(instance);
        return instance;
    }

    public void goDown() {
        down = true;
    }

    /** Back up after an outage: every instance reconnects, and what changed meanwhile went unheard. */
    public void comeBack() {
        down = false;
        generation++;
    }

    /** Restarted empty, nobody told. */
    public void loseEverything() {
        values.clear();
    }

    public void stopTracking() {
        tracking = false;
    }

    public boolean holds(String key) {
        Value value = values.get(key);
        return value != null && value.expiresAt().isAfter(clock.instant());
    }

    /** Someone outside the app (an operator, a test) deletes a key. */
    public void deleteFromOutside(String key) {
        values.remove(key);
        instances.forEach(i -> i.tell(key));
    }

    private final class Instance implements SharedStore {

        private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

        void tell(String key) {
            if (tracking) {
                listeners.forEach(l -> l.accept(key));
            }
        }

        private void changed(String key) {
            instances.stream().filter(i -> i != this).forEach(i -> i.tell(key));
        }

        @Override
        public Read get(String key) {
            if (down) {
                return Read.UNANSWERED;
            }
            reads.incrementAndGet();
            java.util.concurrent.CountDownLatch slow = slowReads;
            if (slow != null) {
                try {
                    slow.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Value value = values.get(key);
            return value == null || !value.expiresAt().isAfter(clock.instant()) ? Read.MISSING : Read.of(value.bytes());
        }

        @Override
        public Lock tryLock(String key, String token, Duration ttl) {
            if (down) {
                return Lock.NO_ANSWER;
            }
            synchronized (values) {
                if (holds(key)) {
                    return Lock.TAKEN;
                }
                values.put(key, new Value(token.getBytes(), clock.instant().plus(ttl)));
                return Lock.ACQUIRED;
            }
        }

        @Override
        public void unlock(String key, String token) {
            if (!down) {
                synchronized (values) {
                    Value held = values.get(key);
                    if (held != null && new String(held.bytes()).equals(token)) {
                        values.remove(key);
                    }
                }
            }
        }

        @Override
        public long increment(String key, Duration window) {
            if (down) {
                return -1;
            }
            synchronized (values) {
                long next = (holds(key) ? Long.parseLong(new String(values.get(key).bytes())) : 0) + 1;
                Instant ends = holds(key) ? values.get(key).expiresAt() : clock.instant().plus(window);
                values.put(key, new Value(Long.toString(next).getBytes(), ends));
                return next;
            }
        }

        @Override
        public void put(String key, byte[] value, Duration ttl) {
            if (!down) {
                values.put(key, new Value(value, clock.instant().plus(ttl)));
                changed(key);
            }
        }

        @Override
        public void evict(String key) {
            if (!down) {
                values.remove(key);
                changed(key);
            }
        }

        @Override
        public void bump(String key) {
            if (!down) {
                changed(key);
            }
        }

        @Override
        public void onChange(Consumer<String> listener) {
            listeners.add(listener);
        }

        @Override
        public long generation() {
            return generation;
        }

        @Override
        public Duration trustOwnCopyFor() {
            return down || tracking ? FOREVER : Duration.ofSeconds(1);
        }

        @Override
        public CacheState state() {
            return new CacheState("fake", !down, down, "fake");
        }
    }
}
