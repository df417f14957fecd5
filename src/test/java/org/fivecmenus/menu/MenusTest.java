package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.fivecmenus.cache.FakeRedis;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.SharedStore;
import org.fivecmenus.cache.TestClock;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.TimesFrom;
import org.fivecmenus.upstream.FetchLog;
import org.fivecmenus.upstream.FetchOutcome;
import org.fivecmenus.upstream.FetchReason;
import org.fivecmenus.upstream.FetchTurns;
import org.fivecmenus.upstream.MenuSource;
import org.fivecmenus.upstream.VendorException;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.junit.jupiter.api.Test;

/** Menus over a fake vendor, a fake store and one in-memory Redis shared by two instances: no container. */
class MenusTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final MenuTimings SETTINGS = new MenuTimings(Duration.ofMinutes(30), Duration.ZERO,
            Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofHours(3),
            Duration.ofSeconds(10), 0);

    /** Waiters give up after 200 ms. */
    private static final MenuTimings SHORT_WAIT = new MenuTimings(SETTINGS.ttl(), SETTINGS.jitter(),
            SETTINGS.negativeTtl(), Duration.ofMillis(200), SETTINGS.failureCooldown(), SETTINGS.maxAge(),
            SETTINGS.lockTtl(), 0);

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T20:00:00Z"), ZoneId.of("America/Los_Angeles"));
    private final FakeRedis redis = new FakeRedis(clock);
    /** Background work waits here until a test runs it, so it is seen to happen after the answer. */
    private final List<Runnable> background = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<FetchReason> reasons = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Vendor vendor = new Vendor();
    private final Store store = new Store();
    private final List<MealTimes.Slot> hours = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MealTimes mealTimes = (hallId, date) -> List.copyOf(hours);
    private final Menus here = instance();
    private final Menus there = instance();

    private Menus instance() {
        return instance(SETTINGS);
    }

    private Menus instance(MenuTimings settings) {
        return instance(settings, Runnable::run);
    }

    private Menus instance(MenuTimings settings, java.util.concurrent.Executor fetches) {
        return instance(settings, fetches, fetches);
    }

    private Menus instance(MenuTimings settings, java.util.concurrent.Executor fetches,
                           java.util.concurrent.Executor givenUp) {
        SharedStore shared = redis.instance();
        MenuWindow window = new MenuWindow(clock, 7, 14);
        return new Menus(new TieredCache<>(shared, PreparedDay.CODEC, clock, 1 << 24, clock), new InFlight(),
                vendor, store, new FetchLog() {
                    @Override
                    public void record(FetchLog.Call call) {
                        reasons.add(call.reason());
                    }
                }, new Refreshes(background::add, 2, new FetchTurns(4)), shared, window, mealTimes, clock, settings, fetches, givenUp);
    }


    private void runBackgroundWork() {
        while (!background.isEmpty()) {
            background.remove(0).run();
        }
    }

    @Test
    void aWarmHitIsTheSamePreparedBytesWithoutAVendorCall() {
        PreparedDay first = here.day("collins", DAY).join();
        PreparedDay again = here.day("collins", DAY).join();

        assertThat(vendor.calls.get()).isEqualTo(1);
        assertThat(again.day()).as("nothing re-made on a hit").isSameAs(first.day());
        assertThat(new String(again.day().identity())).contains("\"hall_id\":\"collins\"", "\"status\":\"ok\"");
        assertThat(again.meal("lunch")).isPresent();
    }

    @Test
    void theOtherInstanceServesTheSameBytesFromRedisWithoutAVendorCall() {
        Prepared filled = here.day("collins", DAY).join().day();

        Prepared served = there.day("collins", DAY).join().day();

        assertThat(vendor.calls.get()).isEqualTo(1);
        assertThat(served.etag()).isEqualTo(filled.etag());
        assertThat(served.identity()).isEqualTo(filled.identity());
        assertThat(served.gzip()).isEqualTo(filled.gzip());
        assertThat(there.day("collins", DAY).join().result().menu().meals()).extracting(Meal::key).containsExactly("lunch");
    }

    @Test
    void aRefetchOnOneInstanceReplacesTheEntryOnTheOther() {
        String before = there.day("collins", DAY).join().version();
        vendor.dish.set("Mushroom risotto");

        here.refetch("collins", DAY);

        assertThat(there.day("collins", DAY).join().version()).isNotEqualTo(before);
        assertThat(new String(there.day("collins", DAY).join().day().identity())).contains("Mushroom risotto");
    }

    @Test
    void aDueEntryIsServedAtOnceAndRefreshedBehindTheRequest() {
        PreparedDay first = here.day("collins", DAY).join();
        clock.advance(Duration.ofMinutes(31));
        vendor.dish.set("Mushroom risotto");

        PreparedDay served = here.day("collins", DAY).join();

        assertThat(served.version()).as("nobody waits for the vendor").isEqualTo(first.version());
        assertThat(vendor.calls.get()).isEqualTo(1);
        runBackgroundWork();
        assertThat(vendor.calls.get()).isEqualTo(2);
        assertThat(reasons).containsExactly(FetchReason.REQUEST, FetchReason.REFRESH);
        assertThat(new String(here.day("collins", DAY).join().day().identity())).contains("Mushroom risotto");
        assertThat(new String(there.day("collins", DAY).join().day().identity())).contains("Mushroom risotto");
    }

    @Test
    void readsLongBeforeTheExpiryStartNoRefresh() {
        here.day("collins", DAY).join();
        clock.advance(Duration.ofMinutes(20));

        for (int i = 0; i < 100; i++) {
            here.day("collins", DAY).join();
        }

        assertThat(background).isEmpty();
    }

    @Test
    void aFailedRefreshKeepsTheCopyMarkedStaleForEveryInstanceAndRestsTheVendor() {
        Instant fetchedAt = here.day("collins", DAY).join().fetchedAt();
        clock.advance(Duration.ofMinutes(31));
        vendor.failing = true;

        assertThat(here.day("collins", DAY).join().stale()).as("served while the refresh runs").isFalse();
        runBackgroundWork();
        PreparedDay stale = here.day("collins", DAY).join();
        PreparedDay elsewhere = there.day("collins", DAY).join();
        runBackgroundWork();

        assertThat(stale.stale()).isTrue();
        assertThat(stale.fetchedAt()).isEqualTo(fetchedAt);
        assertThat(new String(stale.day().identity())).contains("\"status\":\"stale\"", "\"is_stale\":true");
        assertThat(elsewhere.version()).isEqualTo(stale.version());
        assertThat(vendor.calls.get()).as("one failed call, then the cool-down").isEqualTo(2);

        clock.advance(Duration.ofSeconds(31));
        vendor.failing = false;
        here.day("collins", DAY).join();
        runBackgroundWork();
        assertThat(here.day("collins", DAY).join().stale()).as("after the cool-down the vendor is asked again").isFalse();
    }

    @Test
    void anAnswerWithNoDishesForADayThatHadDishesKeepsTheLastMenuMarkedStale() {
        Instant fetchedAt = here.day("collins", DAY).join().fetchedAt();
        clock.advance(Duration.ofMinutes(31));
        vendor.empty = true;

        here.day("collins", DAY).join();
        runBackgroundWork();
        PreparedDay kept = here.day("collins", DAY).join();

        assertThat(kept.stale()).as("a changed format, not a withdrawn menu").isTrue();
        assertThat(kept.fetchedAt()).isEqualTo(fetchedAt);
        assertThat(new String(kept.day().identity())).contains("Chicken tinga tacos");
        assertThat(store.days.get("collins" + DAY).menu().status()).isEqualTo(DayStatus.SERVED);
    }

    @Test
    void aDayNeverPublishedBeforeMayHaveNoDishes() {
        vendor.empty = true;

        PreparedDay day = here.day("collins", DAY).join();

        assertThat(day.stale()).isFalse();
        assertThat(day.result().menu().status()).isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void aStoredCopyYoungerThanTheLimitIsServedAtOnceAndRefreshed() {
        Instant fetchedAt = here.day("collins", DAY).join().fetchedAt();
        redis.loseEverything();
        clock.advance(Duration.ofHours(1));

        PreparedDay served = instance().day("collins", DAY).join();

        assertThat(served.fetchedAt()).isEqualTo(fetchedAt);
        assertThat(served.stale()).isFalse();
        assertThat(vendor.calls.get()).isEqualTo(1);
        runBackgroundWork();
        assertThat(vendor.calls.get()).isEqualTo(2);
    }

    @Test
    void beyondTheHardLimitARequestWaitsForTheVendor() {
        here.day("collins", DAY).join();
        clock.advance(Duration.ofHours(3).plusMinutes(1));
        vendor.dish.set("Mushroom risotto");

        PreparedDay served = here.day("collins", DAY).join();

        assertThat(vendor.calls.get()).isEqualTo(2);
        assertThat(new String(served.day().identity())).contains("Mushroom risotto");
    }

    @Test
    void whileAnotherInstanceFetchesThisOneWaitsForItsEntryNotForTheVendor() throws Exception {
        vendor.hold = new CountDownLatch(1);
        CompletableFuture<PreparedDay> first = CompletableFuture.supplyAsync(() -> here.day("collins", DAY).join());
        while (vendor.calls.get() == 0) {
            Thread.sleep(5);
        }
        CompletableFuture<PreparedDay> second = CompletableFuture.supplyAsync(() -> there.day("collins", DAY).join());
        Thread.sleep(150);
        assertThat(second).isNotDone();

        vendor.hold.countDown();

        assertThat(second.get(2, TimeUnit.SECONDS).version()).isEqualTo(first.get().version());
        assertThat(vendor.calls.get()).isEqualTo(1);
    }

    @Test
    void aCrowdOnAColdDayWaitsOnOneCallWithoutAThreadEachAndAllGetTheSameMenu() throws Exception {
        ExecutorService fetches = Executors.newCachedThreadPool();
        try {
            Menus menus = instance(SETTINGS, fetches);
            vendor.hold = new CountDownLatch(1);
            List<CompletableFuture<PreparedDay>> crowd = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                crowd.add(menus.day("collins", DAY));
            }
            assertThat(crowd).as("asked from one thread, none answered yet").noneMatch(CompletableFuture::isDone);

            vendor.hold.countDown();

            Set<String> versions = new HashSet<>();
            for (CompletableFuture<PreparedDay> waiter : crowd) {
                versions.add(waiter.get(5, TimeUnit.SECONDS).version());
            }
            assertThat(versions).hasSize(1);
            assertThat(vendor.calls.get()).isEqualTo(1);
        } finally {
            fetches.shutdownNow();
        }
    }

    @Test
    void aWaiterWhoseWaitRunsOutIsServedTheStoredCopyMarkedStaleWhileTheCallGoesOn() throws Exception {
        ExecutorService fetches = Executors.newCachedThreadPool();
        try {
            Menus menus = instance(SHORT_WAIT, fetches);
            storeACopyTooOldToServe();
            vendor.hold = new CountDownLatch(1);

            PreparedDay served = menus.day("collins", DAY).get(5, TimeUnit.SECONDS);

            assertThat(served.stale()).isTrue();
            assertThat(new String(served.day().identity())).contains("Old tacos");
            vendor.hold.countDown();
            waitUntil(() -> menus.cached("collins", DAY).filter(day -> !day.stale()).isPresent());
            assertThat(vendor.calls.get()).as("the call went on and filled the cache").isEqualTo(1);
        } finally {
            fetches.shutdownNow();
        }
    }

    @Test
    void aCrowdThatGivesUpTogetherReadsTheStoredCopyOnce() throws Exception {
        ExecutorService fetches = Executors.newCachedThreadPool();
        // As in the app: the crowd is answered a few at a time (RequestFetches.answers), not all at once.
        ExecutorService givenUp = Executors.newSingleThreadExecutor();
        try {
            Menus menus = instance(SHORT_WAIT, fetches, givenUp);
            storeACopyTooOldToServe();
            vendor.hold = new CountDownLatch(1);
            List<CompletableFuture<PreparedDay>> crowd = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                crowd.add(menus.day("collins", DAY));
            }

            for (CompletableFuture<PreparedDay> waiter : crowd) {
                assertThat(waiter.get(5, TimeUnit.SECONDS).stale()).isTrue();
            }
            // One read by the flight (too old to serve as current), one for the whole crowd that gave up.
            assertThat(store.loads.get()).isLessThanOrEqualTo(2);
            vendor.hold.countDown();
        } finally {
            fetches.shutdownNow();
            givenUp.shutdownNow();
        }
    }

    @Test
    void aWaiterWhoseWaitRunsOutWithNothingStoredIsToldTheMenuIsUnavailable() throws Exception {
        ExecutorService fetches = Executors.newCachedThreadPool();
        try {
            Menus menus = instance(SHORT_WAIT, fetches);
            vendor.hold = new CountDownLatch(1);

            PreparedDay served = menus.day("collins", DAY).get(5, TimeUnit.SECONDS);

            assertThat(served.available()).isFalse();
            assertThat(served.result().status()).isEqualTo(MenuStatus.UNAVAILABLE);
            vendor.hold.countDown();
        } finally {
            fetches.shutdownNow();
        }
    }

    /** Collins' day stored long ago, "Old tacos": too old to serve as current, so a request asks the vendor. */
    private void storeACopyTooOldToServe() {
        store.days.put("collins" + DAY, new MenuStore.StoredDay(new DayMenu("collins", DAY, DayStatus.SERVED,
                List.of(new Meal("lunch", "Lunch", MealPeriod.LUNCH, null, null, List.of(Station.of("Grill",
                        List.of(new Item("Old tacos", null, true, List.of(), null, 400))))))),
                clock.instant().minus(Duration.ofHours(4))));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("within 5 s").isTrue();
    }

    @Test
    void whenTheLockHolderDiesAnotherInstanceTakesOverOnceTheLockEnds() throws Exception {
        redis.instance().tryLock("lock:" + Menus.key("collins", DAY), "a holder that died", Duration.ofSeconds(10));
        CompletableFuture<PreparedDay> waiting = CompletableFuture.supplyAsync(() -> there.day("collins", DAY).join());
        Thread.sleep(150);
        assertThat(waiting).isNotDone();
        assertThat(vendor.calls.get()).isZero();

        clock.advance(Duration.ofSeconds(11));

        assertThat(waiting.get(2, TimeUnit.SECONDS).available()).isTrue();
        assertThat(vendor.calls.get()).isEqualTo(1);
    }

    @Test
    void withRedisDownEachInstanceFetchesForItself() {
        redis.goDown();

        here.day("collins", DAY).join();
        PreparedDay there = instance().day("collins", DAY).join();
        runBackgroundWork();

        assertThat(there.available()).as("the other instance serves the stored copy at once").isTrue();
        assertThat(vendor.calls.get()).as("and fetches for itself: no lock without Redis").isEqualTo(2);
    }

    @Test
    void readingTodayFetchesTheComingDaysAheadOncePerHallAcrossInstances() {
        MenuTimings ahead = new MenuTimings(SETTINGS.ttl(), SETTINGS.jitter(), SETTINGS.negativeTtl(),
                SETTINGS.waitTimeout(), SETTINGS.failureCooldown(), SETTINGS.maxAge(), SETTINGS.lockTtl(), 3);
        Menus one = instance(ahead);
        Menus two = instance(ahead);

        one.day("collins", DAY).join();
        one.day("collins", DAY).join();
        two.day("collins", DAY).join();
        runBackgroundWork();

        assertThat(vendor.calls.get()).isEqualTo(4);
        assertThat(reasons).containsExactly(FetchReason.REQUEST, FetchReason.PREFETCH, FetchReason.PREFETCH,
                FetchReason.PREFETCH);
        assertThat(two.cached("collins", DAY.plusDays(3))).isPresent();
        assertThat(two.cached("collins", DAY.plusDays(4))).isEmpty();
    }

    @Test
    void aMenuFetchedElsewhereEndsAnUnavailableCoolDownHere() {
        vendor.failing = true;
        assertThat(here.day("collins", DAY).join().available()).isFalse();
        vendor.failing = false;

        there.refetch("collins", DAY);

        assertThat(here.day("collins", DAY).join().available()).isTrue();
        assertThat(vendor.calls.get()).isEqualTo(2);
    }

    @Test
    void aVendorFailureWithNothingStoredIsUnavailable() {
        vendor.failing = true;

        PreparedDay answer = here.day("collins", DAY).join();

        assertThat(answer.available()).isFalse();
        assertThat(answer.result().status()).isEqualTo(MenuStatus.UNAVAILABLE);
    }

    @Test
    void aMealTheVendorLeftUntimedIsTimedByTheHallsHoursWhileTheStoredCopyKeepsWhatTheVendorSaid() {
        vendor.untimed = true;
        hours.add(new MealTimes.Slot("lunch", MealPeriod.LUNCH, LocalTime.of(11, 15), LocalTime.of(13, 0)));

        PreparedDay day = here.day("collins", DAY).join();

        Meal lunch = day.result().menu().meals().get(0);
        assertThat(lunch.startsAt()).isEqualTo(LocalTime.of(11, 15));
        assertThat(lunch.endsAt()).isEqualTo(LocalTime.of(13, 0));
        assertThat(lunch.timesFrom()).isEqualTo(TimesFrom.HOURS);
        assertThat(new String(day.day().identity(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"starts_at\":\"11:15:00\"", "\"times_from\":\"hours\"");
        assertThat(store.days.get("collins" + DAY).menu().meals().get(0).startsAt()).isNull();
    }

    @Test
    void aMealTheVendorTimedKeepsTheVendorsTimes() {
        hours.add(new MealTimes.Slot("lunch", MealPeriod.LUNCH, LocalTime.of(11, 15), LocalTime.of(13, 0)));

        Meal lunch = here.day("collins", DAY).join().result().menu().meals().get(0);

        assertThat(lunch.startsAt()).isEqualTo(LocalTime.of(11, 0));
        assertThat(lunch.timesFrom()).isEqualTo(TimesFrom.VENDOR);
    }

    @Test
    void cachedNeverCallsTheVendor() {
        assertThat(here.cached("collins", DAY)).isEmpty();
        assertThat(vendor.calls.get()).isZero();

        here.day("collins", DAY).join();

        assertThat(there.cached("collins", DAY)).isPresent();
    }

    /** One Bon Appétit hall with one lunch dish, which tests can change or make fail. */
    private static final class Vendor implements MenuSource {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicReference<String> dish = new AtomicReference<>("Chicken tinga tacos");
        volatile boolean failing;
        volatile boolean empty;
        volatile boolean untimed;
        volatile CountDownLatch hold;

        @Override
        public VendorKindName vendorOf(String hallId) {
            return BonAppetitKind.NAME;
        }

        @Override
        public DayMenu fetch(String hallId, LocalDate date, FetchReason reason) throws VendorException {
            calls.incrementAndGet();
            if (hold != null) {
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failing) {
                throw new VendorException(BonAppetitKind.NAME, hallId, VendorException.Failure.HTTP_STATUS, 502,
                        "Bad Gateway", null);
            }
            if (empty) {
                return new DayMenu(hallId, date, DayStatus.NOT_PUBLISHED, List.of());
            }
            Item item = new Item(dish.get(), null, true, List.of(), null, 420);
            return new DayMenu(hallId, date, DayStatus.SERVED, List.of(new Meal("lunch", "Lunch", MealPeriod.LUNCH,
                    untimed ? null : LocalTime.of(11, 0), untimed ? null : LocalTime.of(13, 0),
                    List.of(Station.of("Grill", List.of(item))))));
        }
    }

    /** The database, as a map; a stored menu's fetch-log entry is logged with it, as in one transaction. */
    private final class Store extends MenuStore {
        final Map<String, StoredDay> days = new ConcurrentHashMap<>();
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public void save(DayMenu day, Instant fetchedAt, FetchLog.Call call) {
            days.put(day.hallId() + day.date(), new StoredDay(day, fetchedAt));
            reasons.add(call.reason());
        }

        @Override
        public void index(DayMenu day, Instant fetchedAt) {
            // No dish index here.
        }

        @Override
        public Optional<StoredDay> load(String hallId, LocalDate date) {
            loads.incrementAndGet();
            return Optional.ofNullable(days.get(hallId + date));
        }
    }
}
