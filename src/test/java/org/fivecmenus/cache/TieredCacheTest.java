package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The near cache in front of the shared one, for two instances sharing one Redis, on a hand-moved clock. */
class TieredCacheTest {

    /** A value that knows when it expires, as PreparedDay does. */
    record Entry(String text, Instant expiresAt) {
    }

    static final TieredCache.Codec<Entry> CODEC = new TieredCache.Codec<>() {
        @Override
        public byte[] encode(Entry value) {
            return (value.expiresAt().toEpochMilli() + "|" + value.text()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Entry decode(byte[] bytes) {
            String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\\|", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("not an entry");
            }
            return new Entry(parts[1], Instant.ofEpochMilli(Long.parseLong(parts[0])));
        }

        @Override
        public Instant expiresAt(Entry value) {
            return value.expiresAt();
        }

        @Override
        public int weight(Entry value) {
            return value.text().length();
        }
    };

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T20:00:00Z"), ZoneOffset.UTC);
    private final FakeRedis redis = new FakeRedis(clock);
    private final TieredCache<Entry> here = cache(redis.instance(), 1 << 20);
    private final TieredCache<Entry> there = cache(redis.instance(), 1 << 20);

    private TieredCache<Entry> cache(SharedStore shared, long maxBytes) {
        return new TieredCache<>(shared, CODEC, clock, maxBytes, clock);
    }

    private Entry entry(String text, Duration ttl) {
        return new Entry(text, clock.instant().plus(ttl));
    }

    @Test
    void whoeverTakesTheLockAfterAnotherInstanceFilledTheEntryUsesItInsteadOfDoingTheWorkAgain() {
        // This instance missed; before it asked for the lock, the other one fetched, stored and let go.
        assertThat(here.get("menu:collins:2026-03-03")).isEmpty();
        there.put("menu:collins:2026-03-03", entry("fetched there", Duration.ofMinutes(30)));
        AtomicInteger work = new AtomicInteger();

        Optional<Entry> got = here.once("menu:collins:2026-03-03", Duration.ofSeconds(13), Duration.ofSeconds(1),
                () -> {
                    work.incrementAndGet();
                    return Optional.of(entry("fetched again", Duration.ofMinutes(30)));
                });

        assertThat(got).map(Entry::text).hasValue("fetched there");
        assertThat(work).hasValue(0);
    }

    @Test
    void aCopyTheCallerWillNotTakeDoesNotStopTheWork() {
        there.put("menu:collins:2026-03-04", entry("due", Duration.ofMinutes(30)));

        Optional<Entry> got = here.once("menu:collins:2026-03-04", Duration.ofSeconds(13), Duration.ZERO,
                copy -> !copy.text().equals("due"), () -> Optional.of(entry("refreshed", Duration.ofMinutes(30))));

        assertThat(got).map(Entry::text).hasValue("refreshed");
    }

    @Test
    void concurrentMissesForOneKeyOnOneInstanceShareOneRedisRead() throws Exception {
        there.put("k", entry("v", Duration.ofMinutes(30)));
        int before = redis.reads.get();
        redis.slowReads = new CountDownLatch(1);
        List<Optional<Entry>> answers = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread reader = new Thread(() -> answers.add(here.get("k")));
            reader.start();
            readers.add(reader);
        }
        try {
            // Each reader is parked: one inside the slow Redis read, the others (if shared) waiting on it.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!readers.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
                assertThat(System.nanoTime()).as("readers parked in time").isLessThan(deadline);
                Thread.onSpinWait();
            }
        } finally {
            redis.slowReads.countDown();
            redis.slowReads = null;
        }
        for (Thread reader : readers) {
            reader.join(Duration.ofSeconds(5).toMillis());
        }

        assertThat(answers).hasSize(8).allSatisfy(answer -> assertThat(answer).map(Entry::text).hasValue("v"));
        assertThat(redis.reads.get() - before).isEqualTo(1);
    }

    @Test
    void aMissIsEmptyAndAPutFillsBothLayers() {
        assertThat(here.get("menu:collins:2026-03-02")).isEmpty();

        here.put("menu:collins:2026-03-02", entry("lunch", Duration.ofMinutes(30)));

        assertThat(redis.holds("menu:collins:2026-03-02")).isTrue();
        assertThat(here.get("menu:collins:2026-03-02")).map(Entry::text).hasValue("lunch");
    }

    @Test
    void aHitFromThisInstancesMemoryMakesNoRoundTrip() {
        here.put("k", entry("v", Duration.ofMinutes(30)));
        int before = redis.reads.get();

        for (int i = 0; i < 100; i++) {
            assertThat(here.get("k")).isPresent();
        }

        assertThat(redis.reads.get()).isEqualTo(before);
    }

    @Test
    void anotherInstanceTakesTheSharedCopyOnceThenServesItsOwn() {
        here.put("k", entry("v", Duration.ofMinutes(30)));
        int before = redis.reads.get();

        assertThat(there.get("k")).map(Entry::text).hasValue("v");
        assertThat(there.get("k")).map(Entry::text).hasValue("v");

        assertThat(redis.reads.get() - before).isEqualTo(1);
    }

    @Test
    void anEntryReplacedOnAnotherInstanceIsReplacedHereOnTheNextRead() {
        here.put("k", entry("old", Duration.ofMinutes(30)));
        assertThat(there.get("k")).map(Entry::text).hasValue("old");

        here.put("k", entry("refetched", Duration.ofMinutes(30)));

        assertThat(there.get("k")).map(Entry::text).hasValue("refetched");
    }

    @Test
    void anEntryEvictedOrDeletedElsewhereIsGoneEverywhere() {
        here.put("a", entry("1", Duration.ofMinutes(30)));
        here.put("b", entry("2", Duration.ofMinutes(30)));
        assertThat(there.get("a")).isPresent();
        assertThat(there.get("b")).isPresent();

        here.evict("a");
        redis.deleteFromOutside("b");

        assertThat(there.get("a")).isEmpty();
        assertThat(here.get("b")).isEmpty();
        assertThat(there.get("b")).isEmpty();
    }

    @Test
    void whileRedisIsDownTheOwnCopyServesUntilItExpires() {
        here.put("k", entry("v", Duration.ofMinutes(30)));
        redis.goDown();

        assertThat(here.get("k")).map(Entry::text).hasValue("v");
        clock.advance(Duration.ofMinutes(31));
        assertThat(here.get("k")).isEmpty();
    }

    @Test
    void whileRedisIsDownAPutStillServesThisInstance() {
        redis.goDown();

        here.put("k", entry("fetched during the outage", Duration.ofMinutes(30)));

        assertThat(here.get("k")).map(Entry::text).hasValue("fetched during the outage");
        assertThat(there.get("k")).isEmpty();
    }

    @Test
    void afterAReconnectACopyRedisLostIsWrittenBackInsteadOfRefetched() {
        here.put("k", entry("v", Duration.ofMinutes(30)));
        redis.goDown();
        redis.loseEverything();
        redis.comeBack();

        assertThat(here.get("k")).map(Entry::text).hasValue("v");
        assertThat(redis.holds("k")).isTrue();
        assertThat(there.get("k")).map(Entry::text).hasValue("v");
    }

    @Test
    void afterAReconnectAChangeMissedMeanwhileWins() {
        here.put("k", entry("old", Duration.ofMinutes(30)));
        assertThat(there.get("k")).isPresent();
        redis.stopTracking();
        here.put("k", entry("changed while the other instance heard nothing", Duration.ofMinutes(30)));
        redis.comeBack();

        assertThat(there.get("k")).map(Entry::text).hasValue("changed while the other instance heard nothing");
    }

    @Test
    void withoutChangeTrackingAnOwnCopyIsTrustedForASecondOnly() {
        redis.stopTracking();
        here.put("k", entry("old", Duration.ofMinutes(30)));
        assertThat(there.get("k")).map(Entry::text).hasValue("old");
        here.put("k", entry("new", Duration.ofMinutes(30)));

        assertThat(there.get("k")).map(Entry::text).hasValue("old");
        clock.advance(Duration.ofMillis(1001));
        assertThat(there.get("k")).map(Entry::text).hasValue("new");
    }

    @Test
    void anEntryIsNotServedAfterItExpires() {
        here.put("k", entry("v", Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));

        assertThat(here.get("k")).isEmpty();
        assertThat(there.get("k")).isEmpty();
    }

    @Test
    void anAlreadyExpiredValueIsNotKept() {
        here.put("k", entry("v", Duration.ZERO));

        assertThat(here.get("k")).isEmpty();
        assertThat(redis.holds("k")).isFalse();
    }

    @Test
    void unreadableSharedBytesAreAMissAndAreDropped() {
        redis.instance().put("k", "garbage".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));

        assertThat(here.get("k")).isEmpty();
        assertThat(redis.holds("k")).isFalse();
    }

    @Test
    void theNearCacheStaysWithinItsByteBound() {
        TieredCache<Entry> small = cache(SharedStore.NONE, 1000);
        for (int i = 0; i < 100; i++) {
            small.put("k" + i, entry("x".repeat(100), Duration.ofMinutes(30)));
        }

        // 100 bytes each within 1000: exactly ten are kept (Caffeine chooses which by their use), eviction
        // running on the caller's thread, so the bound holds the moment the puts return. Without a shared
        // cache, what is not kept here is a miss.
        long kept = IntStream.range(0, 100).filter(i -> small.get("k" + i).isPresent()).count();
        assertThat(kept).isEqualTo(10L);
    }

    @Test
    void withoutRedisEachInstanceHasItsOwnMemory() {
        TieredCache<Entry> one = cache(SharedStore.NONE, 1 << 20);
        one.put("k", entry("v", Duration.ofMinutes(30)));

        assertThat(one.get("k")).isPresent();
        assertThat(cache(SharedStore.NONE, 1 << 20).get("k")).isEqualTo(Optional.empty());
    }
}
