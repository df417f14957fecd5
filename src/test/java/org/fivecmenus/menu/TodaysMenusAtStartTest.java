package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.junit.jupiter.api.Test;

/** Readiness at start: DOWN until today's menu of every hall is in, and never longer than the warm-up timeout. */
class TodaysMenusAtStartTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 12, 3);

    /** Today's menu of each hall as a future the test completes, or never. */
    private final Map<String, CompletableFuture<PreparedDay>> asked = new java.util.LinkedHashMap<>();

    private TodaysMenusAtStart warmUp(boolean enabled, Duration timeout, List<String> hallIds, boolean databaseAway) {
        TodaysMenusAtStart warmUp = new TodaysMenusAtStart();
        warmUp.enabled = enabled;
        warmUp.timeout = timeout;
        warmUp.window = new MenuWindow(Clock.fixed(Instant.parse("2025-12-03T20:00:00Z"),
                ZoneId.of("America/Los_Angeles")), 7, 14);
        warmUp.halls = new Halls() {
            @Override
            public List<HallView> all() {
                if (databaseAway) {
                    throw new IllegalStateException("database away");
                }
                List<HallView> views = new ArrayList<>();
                hallIds.forEach(id -> views.add(new HallView(id, id, "College", "pomona", "#000000")));
                return views;
            }
        };
        warmUp.menus = new Menus() {
            @Override
            public CompletableFuture<PreparedDay> day(String hallId, LocalDate date) {
                assertThat(date).isEqualTo(TODAY);
                return asked.computeIfAbsent(hallId, id -> new CompletableFuture<>());
            }
        };
        warmUp.onStart(new Object());
        return warmUp;
    }

    private static boolean up(TodaysMenusAtStart warmUp) {
        return warmUp.ready();
    }

    @Test
    void readyOnlyOnceTodaysMenuOfEveryHallIsIn() {
        TodaysMenusAtStart warmUp = warmUp(true, Duration.ofHours(1), List.of("frank", "frary"), false);

        assertThat(asked).containsOnlyKeys("frank", "frary");
        assertThat(up(warmUp)).isFalse();
        asked.get("frank").complete(null);
        assertThat(up(warmUp)).as("one hall still loading").isFalse();
        asked.get("frary").completeExceptionally(new IllegalStateException("vendor down"));
        assertThat(up(warmUp)).as("a vendor that failed does not hold readiness").isTrue();
    }

    @Test
    void aVendorThatNeverAnswersHoldsReadinessNoLongerThanTheTimeout() {
        TodaysMenusAtStart warmUp = warmUp(true, Duration.ZERO, List.of("frank"), false);

        assertThat(asked.get("frank")).isNotDone();
        assertThat(up(warmUp)).isTrue();
    }

    @Test
    void turnedOffOrWithoutTheDatabaseItIsReadyAtOnceAndAsksNothing() {
        assertThat(up(warmUp(false, Duration.ofHours(1), List.of("frank"), false))).isTrue();
        assertThat(up(warmUp(true, Duration.ofHours(1), List.of("frank"), true))).isTrue();
        assertThat(asked).isEmpty();
    }
}
