package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fivecmenus.menu.model.DayMenu;
import org.junit.jupiter.api.Test;

class UnsavedMenusTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-02");
    private static final Instant T0 = Instant.parse("2026-03-02T20:00:00Z");

    /** A database that can be taken away and given back. */
    private static final class Store extends MenuStore {
        final AtomicBoolean down = new AtomicBoolean();
        final Map<String, Instant> saved = new ConcurrentHashMap<>();
        final List<String> order = new ArrayList<>();

        @Override
        public void save(DayMenu day, Instant fetchedAt) {
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
            saved.put(day.hallId() + ":" + day.date(), fetchedAt);
            order.add(day.hallId());
        }
    }

    private final Store store = new Store();
    private final UnsavedMenus unsaved = new UnsavedMenus(store);

    @Test
    void aMenuServedWhileTheDatabaseIsAwayIsStoredWhenItIsBack() {
        store.down.set(true);
        unsaved.save(DayMenu.closed("frary", DAY), T0);
        unsaved.save(DayMenu.closed("collins", DAY), T0);

        assertThat(unsaved.storeWaiting(store::save)).as("still away").isZero();
        assertThat(unsaved.count()).isEqualTo(2);

        store.down.set(false);
        assertThat(unsaved.storeWaiting(store::save)).isEqualTo(2);
        assertThat(store.saved).containsOnlyKeys("frary:" + DAY, "collins:" + DAY);
        assertThat(unsaved.count()).isZero();
    }

    @Test
    void onlyTheNewestCopyOfADayWaits() {
        store.down.set(true);
        unsaved.save(DayMenu.closed("frary", DAY), T0.plusSeconds(60));
        unsaved.save(DayMenu.closed("frary", DAY), T0);

        store.down.set(false);
        unsaved.storeWaiting(store::save);

        assertThat(store.order).containsExactly("frary");
        assertThat(store.saved).containsEntry("frary:" + DAY, T0.plusSeconds(60));
    }

    @Test
    void aLaterSuccessfulSaveSupersedesTheWaitingCopy() {
        store.down.set(true);
        unsaved.save(DayMenu.closed("frary", DAY), T0);
        store.down.set(false);

        unsaved.save(DayMenu.closed("frary", DAY), T0.plusSeconds(60));

        assertThat(unsaved.count()).isZero();
        assertThat(unsaved.storeWaiting(store::save)).isZero();
        assertThat(store.saved).containsEntry("frary:" + DAY, T0.plusSeconds(60));
    }

    @Test
    void aLongOutageKeepsAtMostTheLimitAndDropsTheOldest() {
        store.down.set(true);
        for (int i = 0; i <= UnsavedMenus.LIMIT; i++) {
            unsaved.save(DayMenu.closed("frary", DAY.plusDays(i)), T0.plusSeconds(i));
        }

        assertThat(unsaved.count()).isEqualTo(UnsavedMenus.LIMIT);
        store.down.set(false);
        unsaved.storeWaiting(store::save);
        assertThat(store.saved).doesNotContainKey("frary:" + DAY)
                .containsKey("frary:" + DAY.plusDays(UnsavedMenus.LIMIT));
    }
}
