package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.fivecmenus.cache.FakeRedis;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.TestClock;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.vendor.FetchLog;
import org.fivecmenus.vendor.MenuSource;
import org.fivecmenus.vendor.VendorException;
import org.fivecmenus.vendor.VendorType;
import org.junit.jupiter.api.Test;

/** Menus over a fake vendor, a fake store and one in-memory Redis shared by two instances: no container. */
class MenusTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Menus.Settings SETTINGS = new Menus.Settings(Duration.ofMinutes(30), Duration.ZERO,
            Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(30));

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T20:00:00Z"), ZoneId.of("America/Los_Angeles"));
    private final FakeRedis redis = new FakeRedis(clock);
    private final Vendor vendor = new Vendor();
    private final Store store = new Store();
    private final Menus here = instance();
    private final Menus there = instance();

    private Menus instance() {
        return new Menus(new TieredCache<>(redis.instance(), PreparedDay.CODEC, clock, 1 << 24, clock), new InFlight(),
                vendor, store, new FetchLog() {
                    @Override
                    public void record(String hallId, LocalDate date, Instant startedAt, Duration duration,
                                       String outcome, Integer itemCount, String error) {
                    }
                }, clock, SETTINGS);
    }

    @Test
    void aWarmHitIsTheSamePreparedBytesWithoutAVendorCall() {
        PreparedDay first = here.day("collins", DAY);
        PreparedDay again = here.day("collins", DAY);

        assertThat(vendor.calls.get()).isEqualTo(1);
        assertThat(again.day()).as("nothing re-made on a hit").isSameAs(first.day());
        assertThat(new String(again.day().identity())).contains("\"hall_id\":\"collins\"", "\"status\":\"ok\"");
        assertThat(again.meal("lunch")).isPresent();
    }

    @Test
    void theOtherInstanceServesTheSameBytesFromRedisWithoutAVendorCall() {
        Prepared filled = here.day("collins", DAY).day();

        Prepared served = there.day("collins", DAY).day();

        assertThat(vendor.calls.get()).isEqualTo(1);
        assertThat(served.etag()).isEqualTo(filled.etag());
        assertThat(served.identity()).isEqualTo(filled.identity());
        assertThat(served.gzip()).isEqualTo(filled.gzip());
        assertThat(there.day("collins", DAY).result().menu().meals()).extracting(Meal::key).containsExactly("lunch");
    }

    @Test
    void aRefetchOnOneInstanceReplacesTheEntryOnTheOther() {
        String before = there.day("collins", DAY).version();
        vendor.dish.set("Mushroom risotto");

        here.refetch("collins", DAY);

        assertThat(there.day("collins", DAY).version()).isNotEqualTo(before);
        assertThat(new String(there.day("collins", DAY).day().identity())).contains("Mushroom risotto");
    }

    @Test
    void anExpiredEntryIsFetchedAgain() {
        here.day("collins", DAY);
        clock.advance(Duration.ofMinutes(31));

        here.day("collins", DAY);

        assertThat(vendor.calls.get()).isEqualTo(2);
    }

    @Test
    void aVendorFailureServesTheStoredCopyStaleAndRestsTheVendor() {
        Instant fetchedAt = here.day("collins", DAY).fetchedAt();
        clock.advance(Duration.ofMinutes(31));
        vendor.failing = true;

        PreparedDay stale = here.day("collins", DAY);
        here.day("collins", DAY);

        assertThat(stale.stale()).isTrue();
        assertThat(stale.fetchedAt()).isEqualTo(fetchedAt);
        assertThat(new String(stale.day().identity())).contains("\"status\":\"stale\"", "\"is_stale\":true");
        assertThat(vendor.calls.get()).as("one failed call, then the cool-down").isEqualTo(2);
        assertThat(redis.holds(Menus.key("collins", DAY))).as("a failure is never shared as a menu").isFalse();
        assertThat(store.loads.get()).as("the stored copy is read once per cool-down").isEqualTo(1);
    }

    @Test
    void aMenuFetchedElsewhereEndsTheCoolDownHere() {
        here.day("collins", DAY);
        clock.advance(Duration.ofMinutes(31));
        vendor.failing = true;
        assertThat(here.day("collins", DAY).stale()).isTrue();
        vendor.failing = false;

        there.refetch("collins", DAY);

        assertThat(here.day("collins", DAY).stale()).isFalse();
        assertThat(vendor.calls.get()).isEqualTo(3);
    }

    @Test
    void aVendorFailureWithNothingStoredIsUnavailable() {
        vendor.failing = true;

        PreparedDay answer = here.day("collins", DAY);

        assertThat(answer.available()).isFalse();
        assertThat(answer.result().status()).isEqualTo("unavailable");
    }

    @Test
    void cachedNeverCallsTheVendor() {
        assertThat(here.cached("collins", DAY)).isEmpty();
        assertThat(vendor.calls.get()).isZero();

        here.day("collins", DAY);

        assertThat(there.cached("collins", DAY)).isPresent();
    }

    /** One Bon Appétit hall with one lunch dish, which tests can change or make fail. */
    private static final class Vendor implements MenuSource {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicReference<String> dish = new AtomicReference<>("Chicken tinga tacos");
        volatile boolean failing;

        @Override
        public DayMenu fetch(String hallId, LocalDate date) throws VendorException {
            calls.incrementAndGet();
            if (failing) {
                throw new VendorException(VendorType.BON_APPETIT, hallId, VendorException.Failure.HTTP_STATUS, 502,
                        "Bad Gateway", null);
            }
            Item item = new Item(dish.get(), null, true, List.of(), null, 420);
            return new DayMenu(hallId, date, DayStatus.SERVED, List.of(new Meal("lunch", "Lunch", MealPeriod.LUNCH,
                    LocalTime.of(11, 0), LocalTime.of(13, 0), List.of(new Station("Grill", List.of(item))))));
        }
    }

    /** The database, as a map. */
    private static final class Store extends MenuStore {
        final Map<String, StoredDay> days = new ConcurrentHashMap<>();
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public void save(DayMenu day, Instant fetchedAt) {
            days.put(day.hallId() + day.date(), new StoredDay(day, fetchedAt));
        }

        @Override
        public Optional<StoredDay> load(String hallId, LocalDate date) {
            loads.incrementAndGet();
            return Optional.ofNullable(days.get(hallId + date));
        }
    }
}
