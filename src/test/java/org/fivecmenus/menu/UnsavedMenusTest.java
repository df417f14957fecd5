package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.upstream.FetchLog;
import org.fivecmenus.upstream.FetchOutcome;
import org.fivecmenus.upstream.FetchReason;
import org.junit.jupiter.api.Test;

class UnsavedMenusTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final Instant T0 = Instant.parse("2026-03-02T20:00:00Z");

    /** A database that can be taken away and given back. */
    private static final class Store extends MenuStore {
        final AtomicBoolean down = new AtomicBoolean();
        final Map<String, Instant> saved = new ConcurrentHashMap<>();
        final List<String> order = new ArrayList<>();
        final List<FetchLog.Call> logged = new ArrayList<>();
        final List<String> indexed = new ArrayList<>();

        @Override
        public void save(DayMenu day, Instant fetchedAt, FetchLog.Call call) {
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
            saved.put(day.hallId() + ":" + day.date(), fetchedAt);
            order.add(day.hallId());
            logged.add(call);
        }

        @Override
        public void index(DayMenu day, Instant fetchedAt) {
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
            indexed.add(day.hallId() + ":" + day.date());
        }
    }

    private final Store store = new Store();
    private final UnsavedMenus unsaved = new UnsavedMenus(store);

    @Test
    void aMenuServedWhileTheDatabaseIsAwayIsStoredWhenItIsBack() {
        store.down.set(true);
        unsaved.save(DayMenu.closed("frary", DAY), T0, call("frary", T0));
        unsaved.save(DayMenu.closed("collins", DAY), T0, call("collins", T0));

        assertThat(unsaved.storeWaiting()).as("still away").isZero();
        assertThat(unsaved.count()).isEqualTo(2);

        store.down.set(false);
        assertThat(unsaved.storeWaiting()).isEqualTo(2);
        assertThat(store.saved).containsOnlyKeys("frary:" + DAY, "collins:" + DAY);
        // The calls that brought them are logged with them, late but with their own times.
        assertThat(store.logged).extracting(FetchLog.Call::hallId, FetchLog.Call::startedAt)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("frary", T0),
                        org.assertj.core.groups.Tuple.tuple("collins", T0));
        assertThat(unsaved.count()).isZero();
    }

    @Test
    void onlyTheNewestCopyOfADayWaits() {
        store.down.set(true);
        unsaved.save(DayMenu.closed("frary", DAY), T0.plusSeconds(60), call("frary", T0.plusSeconds(60)));
        unsaved.save(DayMenu.closed("frary", DAY), T0, call("frary", T0));

        store.down.set(false);
        unsaved.storeWaiting();

        assertThat(store.order).containsExactly("frary");
        assertThat(store.saved).containsEntry("frary:" + DAY, T0.plusSeconds(60));
    }

    @Test
    void aLaterSuccessfulSaveSupersedesTheWaitingCopy() {
        store.down.set(true);
        unsaved.save(DayMenu.closed("frary", DAY), T0, call("frary", T0));
        store.down.set(false);

        unsaved.save(DayMenu.closed("frary", DAY), T0.plusSeconds(60), call("frary", T0.plusSeconds(60)));

        assertThat(unsaved.count()).isZero();
        assertThat(unsaved.storeWaiting()).isZero();
        assertThat(store.saved).containsEntry("frary:" + DAY, T0.plusSeconds(60));
    }

    @Test
    void aLongOutageKeepsAtMostTheLimitAndDropsTheOldest() {
        store.down.set(true);
        for (int i = 0; i <= UnsavedMenus.LIMIT; i++) {
            unsaved.save(DayMenu.closed("frary", DAY.plusDays(i)), T0.plusSeconds(i), call("frary", T0.plusSeconds(i)));
        }

        assertThat(unsaved.count()).isEqualTo(UnsavedMenus.LIMIT);
        store.down.set(false);
        unsaved.storeWaiting();
        assertThat(store.saved).doesNotContainKey("frary:" + DAY)
                .containsKey("frary:" + DAY.plusDays(UnsavedMenus.LIMIT));
    }

    @Test
    void aMenuWaitingToBeStoredIsPendingUntilItIsStored() {
        store.down.set(true);
        DayMenu frary = DayMenu.closed("frary", DAY);
        unsaved.save(frary, T0, call("frary", T0));

        assertThat(unsaved.pending()).containsExactly(frary);
        store.down.set(false);
        unsaved.storeWaiting();
        assertThat(unsaved.pending()).isEmpty();
    }

    @Test
    void aWriteThatFailsWhileTheDatabaseAnswersIsTriedAgainNotDropped() {
        MenuStore lockedOnce = new MenuStore() {
            private int calls;

            @Override
            public void save(DayMenu day, Instant fetchedAt, FetchLog.Call call) {
                if (calls++ == 0) {
                    throw new IllegalStateException("Timeout trying to lock table DISH");
                }
                store.save(day, fetchedAt, call);
            }

            @Override
            public void index(DayMenu day, Instant fetchedAt) {
                store.index(day, fetchedAt);
            }
        };
        UnsavedMenus writer = new UnsavedMenus(lockedOnce);
        writer.save(DayMenu.closed("frary", DAY), T0, call("frary", T0));

        assertThat(writer.count()).as("it waits").isEqualTo(1);
        assertThat(store.saved).isEmpty();
        assertThat(writer.storeWaiting()).isEqualTo(1);
        assertThat(store.saved).containsOnlyKeys("frary:" + DAY);
        assertThat(store.indexed).containsExactly("frary:" + DAY);
        assertThat(writer.count()).isZero();
    }

    @Test
    void aRequestsMenuHasItsRowsStoredAtOnceAndItsDishesIndexedBehindAfterARetry() {
        AtomicBoolean indexDown = new AtomicBoolean(true);
        MenuStore rowsOnly = new MenuStore() {
            @Override
            public void save(DayMenu day, Instant fetchedAt, FetchLog.Call call) {
                store.save(day, fetchedAt, call);
            }

            @Override
            public void index(DayMenu day, Instant fetchedAt) {
                if (indexDown.get()) {
                    throw new IllegalStateException("Timeout trying to lock table DISH");
                }
                store.index(day, fetchedAt);
            }
        };
        UnsavedMenus writer = new UnsavedMenus(rowsOnly);
        DayMenu frary = DayMenu.closed("frary", DAY);
        writer.save(frary, T0, call("frary", T0));

        assertThat(store.saved).as("the rows, before the answer").containsOnlyKeys("frary:" + DAY);
        assertThat(writer.pending()).as("its dishes wait").containsExactly(frary);
        indexDown.set(false);
        assertThat(writer.storeWaiting()).isEqualTo(1);
        assertThat(store.order).as("the rows are not written twice").containsExactly("frary");
        assertThat(store.indexed).containsExactly("frary:" + DAY);
        assertThat(writer.pending()).isEmpty();
    }

    private static FetchLog.Call call(String hallId, Instant at) {
        return new FetchLog.Call(hallId, DAY, at, Duration.ofMillis(80), FetchOutcome.CLOSED, 0, null,
                FetchReason.REQUEST);
    }
}
