package org.fivecmenus.hours;

import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fivecmenus.hours.OpeningHoursTest.LA;
import static org.fivecmenus.hours.OpeningHoursTest.la;
import static org.fivecmenus.hours.Schedules.OVERRIDES;
import static org.fivecmenus.hours.Schedules.WEEKDAYS;
import static org.fivecmenus.hours.Schedules.WEEKLY;
import static org.fivecmenus.hours.Schedules.changed;
import static org.fivecmenus.hours.Schedules.concat;
import static org.fivecmenus.hours.Schedules.hallWindows;
import static org.fivecmenus.hours.Schedules.mealClosed;
import static org.fivecmenus.hours.Schedules.rows;
import static org.fivecmenus.hours.Schedules.wholeDayClosed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Date overrides applied to the weekly hours (docs/hours.md, section 1): closures of a day or a meal, changed
 * times, special openings, and the one meal key that matches them whatever its case or padding.
 */
class DateOverridesTest {

    // A UTC clock at an unrelated instant: nothing may depend on the clock's zone or on "now".
    private final OpeningHours hours = new OpeningHours(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"),
            ZoneOffset.UTC), LA);

    @Nested
    class Overrides {

        @Test
        void closedAllDayWhenWholeDayOverride() {
            for (String time : List.of("07:30", "09:00", "12:00", "17:30", "22:45")) {
                assertThat(hours.statusesAt(la("2026-03-09T" + time), WEEKLY, OVERRIDES).get("collins").open())
                        .as(time).isFalse();
            }
            assertThat(hallWindows(hours, LocalDate.parse("2026-03-09"), "collins", WEEKLY, OVERRIDES)).isEmpty();
        }

        @Test
        void nextOpeningAfterWholeDayClosureIsTheFollowingMorning() {
            HallStatus status = hours.statusesAt(la("2026-03-09T08:00"), WEEKLY, OVERRIDES).get("collins");

            assertThat(status.nextOpening().start().toInstant()).isEqualTo(la("2026-03-10T07:30"));
            assertThat(status.nextOpening().mealKey()).isEqualTo("breakfast");
        }

        @Test
        void mealClosureLeavesTheOtherMealsOpen() {
            assertThat(hallWindows(hours, LocalDate.parse("2026-03-10"), "hoch", WEEKLY, OVERRIDES))
                    .extracting(ServiceWindow::mealKey)
                    .containsExactly("breakfast", "dinner");
            assertThat(hours.statusesAt(la("2026-03-10T08:00"), WEEKLY, OVERRIDES).get("hoch").open()).isTrue();
        }

        @Test
        void changedTimesReplaceTheWeeklyWindowAndKeepItsLabel() {
            ServiceWindow dinner = hallWindows(hours, LocalDate.parse("2026-03-10"), "hoch", WEEKLY, OVERRIDES).stream()
                    .filter(w -> w.mealKey().equals("dinner"))
                    .findFirst()
                    .orElseThrow();

            assertThat(dinner.label()).isEqualTo("Dinner");
            assertThat(dinner.period()).isEqualTo(MealPeriod.DINNER);
            assertThat(dinner.start().toInstant()).isEqualTo(la("2026-03-10T17:30"));
            assertThat(dinner.end().toInstant()).isEqualTo(la("2026-03-10T20:00"));
            assertThat(dinner.fromOverride()).isTrue();
            assertThat(dinner.reason()).isEqualTo("Late dinner");
            assertThat(hallWindows(hours, LocalDate.parse("2026-03-10"), "hoch", WEEKLY, OVERRIDES))
                    .filteredOn(w -> w.mealKey().equals("dinner")).hasSize(1);
        }

        @Test
        void specialOpeningIsShownWithItsLabel() {
            assertThat(hallWindows(hours, LocalDate.parse("2026-03-14"), "hoch", WEEKLY, OVERRIDES))
                    .extracting(ServiceWindow::mealKey, ServiceWindow::label, ServiceWindow::period,
                            ServiceWindow::fromOverride, ServiceWindow::reason)
                    .containsExactly(
                            tuple("brunch", "Brunch", MealPeriod.BRUNCH, false, null),
                            tuple("dinner", "Dinner", MealPeriod.DINNER, false, null),
                            tuple("late_night", "Late Night", MealPeriod.LATE_NIGHT,
                                    true, "Pi Day"));
        }

        @Test
        void specialOpeningWithoutLabelFallsBackToItsKey() {
            List<HoursOverride> overrides =
                    List.of(changed("hoch", "2026-03-14", "Late_Night", null, "21:00", "23:00", null));

            ServiceWindow special = hallWindows(hours, LocalDate.parse("2026-03-14"), "hoch", WEEKLY, overrides).get(2);

            assertThat(special.label()).isEqualTo("late_night");
            assertThat(special.period()).isEqualTo(MealPeriod.LATE_NIGHT);
        }

        @Test
        void specialOpeningForAHallWithoutWeeklyRows() {
            List<HoursOverride> overrides =
                    List.of(changed("frank", "2026-03-14", "brunch", "Brunch", "10:00", "13:00", "Alumni weekend"));

            HallStatus status = hours.statusesAt(la("2026-03-14T11:00"), WEEKLY, overrides).get("frank");

            assertThat(status.open()).isTrue();
            assertThat(status.currentMeal().label()).isEqualTo("Brunch");
            assertThat(status.nextOpening()).isNull();
        }

        @Test
        void closedExceptBrunchIsAWholeDayClosureAndABrunchOpening() {
            // Collins has no weekday Brunch row, so this brunch is a special opening on a closed Monday.
            List<HoursOverride> overrides = List.of(
                    wholeDayClosed("collins", "2026-03-23", "Cesar Chavez Day"),
                    changed("collins", "2026-03-23", "brunch", "Holiday Brunch", "10:00", "13:00",
                            "Cesar Chavez Day"));

            assertThat(hallWindows(hours, LocalDate.parse("2026-03-23"), "collins", WEEKLY, overrides))
                    .singleElement()
                    .satisfies(w -> {
                        assertThat(w.label()).isEqualTo("Holiday Brunch");
                        assertThat(w.period()).isEqualTo(MealPeriod.BRUNCH);
                        assertThat(w.fromOverride()).isTrue();
                    });
            HallStatus morning = hours.statusesAt(la("2026-03-23T08:00"), WEEKLY, overrides).get("collins");
            assertThat(morning.open()).isFalse();
            assertThat(morning.nextOpening().label()).isEqualTo("Holiday Brunch");
            assertThat(hours.statusesAt(la("2026-03-23T11:00"), WEEKLY, overrides).get("collins").open()).isTrue();
            assertThat(hours.statusesAt(la("2026-03-23T17:30"), WEEKLY, overrides).get("collins").open()).isFalse();
        }

        @Test
        void closedExceptBrunchKeepsTheWeeklyBrunchLabelWhenTheRowExists() {
            List<HoursOverride> overrides = List.of(
                    wholeDayClosed("collins", "2026-03-21", "Spring break"),
                    changed("collins", "2026-03-21", "BRUNCH", null, "11:00", "12:00", "Spring break"));

            assertThat(hallWindows(hours, LocalDate.parse("2026-03-21"), "collins", WEEKLY, overrides))
                    .singleElement()
                    .satisfies(w -> {
                        assertThat(w.label()).isEqualTo("Brunch");
                        assertThat(w.start().toInstant()).isEqualTo(la("2026-03-21T11:00"));
                        assertThat(w.reason()).isEqualTo("Spring break");
                    });
        }

        @Test
        void overridesOfOtherHallsAndDatesDoNotApply() {
            assertThat(hallWindows(hours, LocalDate.parse("2026-03-09"), "malott", WEEKLY, OVERRIDES)).hasSize(3);
            assertThat(hallWindows(hours, LocalDate.parse("2026-03-16"), "collins", WEEKLY, OVERRIDES)).hasSize(5);
        }

        @Test
        void inactiveWeeklyRowsAreIgnored() {
            List<WeeklyHours> weekly = List.of(new WeeklyHours("hoch", SATURDAY, "brunch", "Brunch",
                    MealPeriod.BRUNCH, LocalTime.of(10, 30), LocalTime.of(12, 45), false, false, "t"));

            assertThat(hours.windowsOn(LocalDate.parse("2026-03-14"), weekly, List.of())).isEmpty();
            HallStatus status = hours.statusesAt(la("2026-03-14T11:00"), weekly, List.of()).get("hoch");
            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening()).isNull();
        }

        @Test
        void estimatedRowsStayEstimatedAndOverrideTimesAreNot() {
            List<WeeklyHours> weekly = List.of(
                    new WeeklyHours("frank", SATURDAY, "breakfast", "Breakfast", null, LocalTime.of(8, 0),
                            LocalTime.of(10, 0), true, true, "estimate: menu feed pattern"),
                    new WeeklyHours("frank", SATURDAY, "dinner", "Dinner", null, LocalTime.of(17, 0),
                            LocalTime.of(19, 0), true, true, "estimate: menu feed pattern"));
            List<HoursOverride> overrides =
                    List.of(changed("frank", "2026-03-14", "dinner", null, "17:30", "19:30", "Confirmed by staff"));

            assertThat(hours.windowsOn(LocalDate.parse("2026-03-14"), weekly, overrides))
                    .extracting(ServiceWindow::mealKey, ServiceWindow::period, ServiceWindow::estimated)
                    .containsExactly(
                            tuple("breakfast", MealPeriod.BREAKFAST, true),
                            tuple("dinner", MealPeriod.DINNER, false));
        }
    }

    @Nested
    class MealKeys {

        @Test
        void normaliseKeyTrimsNonBreakingSpacesAndIgnoresCase() {
            assertThat(OpeningHours.normaliseKey("\u00A0 Continental_Breakfast \u00A0"))
                    .isEqualTo("continental_breakfast");
            assertThat(OpeningHours.normaliseKey("LUNCH")).isEqualTo("lunch");
            // One key for a meal wherever it comes from: what an admin types is what a parser makes of a label.
            assertThat(OpeningHours.normaliseKey("Continental Breakfast")).isEqualTo(Meal.keyOf("Continental Breakfast"))
                    .isEqualTo("continental_breakfast");
            assertThat(OpeningHours.normaliseKey(null)).isNull();
        }

        @Test
        void overrideMatchesAPaddedKeyOfAnotherCase() {
            List<WeeklyHours> weekly = concat(
                    rows("collins", WEEKDAYS, "Lunch\u00A0", "Lunch\u00A0", "11:00", "13:00", "t"),
                    rows("collins", WEEKDAYS, "dinner", "Dinner", "17:00", "19:00", "t"));
            List<HoursOverride> overrides = List.of(mealClosed("collins", "2026-03-16", " LUNCH\u00A0", "Event"));

            assertThat(hours.windowsOn(LocalDate.parse("2026-03-16"), weekly, overrides))
                    .extracting(ServiceWindow::mealKey)
                    .containsExactly("dinner");
            assertThat(hours.windowsOn(LocalDate.parse("2026-03-17"), weekly, overrides))
                    .extracting(ServiceWindow::mealKey, ServiceWindow::label)
                    .first()
                    .isEqualTo(tuple("lunch", "Lunch"));
        }

        @Test
        void breakfastAndContinentalBreakfastStayDistinct() {
            List<HoursOverride> overrides =
                    List.of(mealClosed("collins", "2026-03-16", "continental_breakfast", "Supplier late"));

            List<ServiceWindow> monday = hallWindows(hours, LocalDate.parse("2026-03-16"), "collins", WEEKLY, overrides);

            assertThat(monday).extracting(ServiceWindow::mealKey)
                    .containsExactly("breakfast", "lunch", "dinner", "late_night");
            assertThat(hours.statusesAt(la("2026-03-16T09:00"), WEEKLY, overrides).get("collins").open()).isFalse();
        }
    }
}
