package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.junit.jupiter.api.Test;

class PreparedDayTest {

    private static final Instant FETCHED = Instant.parse("2026-03-02T19:00:00.123Z");
    private static final DayMenu DAY = new DayMenu("collins", LocalDate.of(2026, 3, 2), DayStatus.SERVED, List.of(
            new Meal("continental_breakfast", "Continental Breakfast", MealPeriod.BREAKFAST, LocalTime.of(9, 0),
                    LocalTime.of(10, 0), List.of(Station.of("Bakery", List.of(
                    new Item("Croissant", "butter, flour", false, List.of("vegetarian"), null, 300))))),
            new Meal("dinner", "Dinner", MealPeriod.DINNER, LocalTime.of(17, 0), LocalTime.of(19, 0), List.of(
                    Station.of("Grill", List.of(new Item("Tofu steak", null, true, List.of("vegan"), null, null)))))));

    private final PreparedDay prepared = PreparedDay.of(ServedDay.fresh(DAY, FETCHED), FETCHED.plus(Duration.ofMinutes(30)),
            FETCHED.plus(Duration.ofHours(3)), Duration.ofMillis(640));

    @Test
    void theDayAndEachMealAreAnsweredByKeyOrPeriod() {
        assertThat(new String(prepared.day().identity())).startsWith("{\"date\":\"2026-03-02\",\"fetched_at\":");
        assertThat(new String(prepared.meal("Continental Breakfast").orElseThrow().identity())).contains("Croissant");
        assertThat(new String(prepared.meal("breakfast").orElseThrow().identity())).contains("\"key\":\"continental_breakfast\"");
        assertThat(new String(prepared.meal("DINNER").orElseThrow().identity())).contains("Tofu steak").doesNotContain("Croissant");
        assertThat(prepared.meal("lunch")).isEmpty();
    }

    @Test
    void throughRedisTheBytesArriveAsTheyWereMadeAndTheModelIsReadOnlyWhenAsked() {
        PreparedDay decoded = PreparedDay.CODEC.decode(PreparedDay.CODEC.encode(prepared));

        assertThat(decoded.day().identity()).isEqualTo(prepared.day().identity());
        assertThat(decoded.day().gzip()).isEqualTo(prepared.day().gzip());
        assertThat(decoded.day().etag()).isEqualTo(prepared.day().etag());
        assertThat(decoded.meal("dinner").orElseThrow().etag()).isEqualTo(prepared.meal("dinner").orElseThrow().etag());
        assertThat(decoded.expiresAt()).isEqualTo(prepared.expiresAt());
        assertThat(decoded.keepUntil()).isEqualTo(prepared.keepUntil());
        assertThat(decoded.fetchTook()).isEqualTo(Duration.ofMillis(640));
        assertThat(decoded.result()).isEqualTo(prepared.result());
    }

    @Test
    void bytesOfAnotherReleaseOrCutShortAreRefused() {
        byte[] encoded = PreparedDay.CODEC.encode(prepared);

        assertThatThrownBy(() -> PreparedDay.CODEC.decode("{\"menu\":{}}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PreparedDay.CODEC.decode(Arrays.copyOf(encoded, encoded.length / 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStaleCopyTravelsMarkedStaleAndAnAbsentMenuNotAtAll() {
        PreparedDay stale = prepared.markedStale(FETCHED.plus(Duration.ofMinutes(40)));

        PreparedDay decoded = PreparedDay.CODEC.decode(PreparedDay.CODEC.encode(stale));

        assertThat(new String(decoded.day().identity())).contains("\"is_stale\":true", "\"status\":\"stale\"");
        assertThat(decoded.stale()).isTrue();
        assertThat(decoded.fetchedAt()).isEqualTo(FETCHED);
        assertThat(decoded.keepUntil()).isEqualTo(prepared.keepUntil());
        assertThatThrownBy(() -> PreparedDay.CODEC.encode(PreparedDay.unavailable("collins", DAY.date(), FETCHED)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
