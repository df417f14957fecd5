package org.fivecmenus.hours;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpeningHoursTest {

    static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    // A UTC clock at an unrelated instant: nothing may depend on the clock's zone or on "now".
    private final OpeningHours hours = new OpeningHours(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"),
            ZoneOffset.UTC), LA);

    /** Local wall-clock time in Los Angeles. */
    static Instant la(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LA).toInstant();
    }

    HallStatus status(String instant, String hallId) {
        return hours.statusesAt(Instant.parse(instant), WEEKLY, OVERRIDES).get(hallId);
    }

    /** One row of the docs/hours.md section 5 table; {@code meal} is null where the hall is closed. */
    record Case(String instant, String local, String hallId, String meal, String note) {
        @Override
        public String toString() {
            return local + " " + hallId + ": " + (meal == null ? "closed" : "open, " + meal)
                    + (note == null ? "" : " (" + note + ")");
        }
    }

    static Stream<Case> hoursMdTable() {
        return Stream.of(
                new Case("2026-03-07T18:45:00Z", "Sat 10:45 PST", "collins", "Brunch", null),
                new Case("2026-03-08T17:45:00Z", "Sun 10:45 PDT", "collins", "Brunch",
                        "a fixed -08:00 gives 09:45, closed"),
                new Case("2026-03-08T09:30:00Z", "Sun 01:30 PST", "night", "Late Night", "Saturday's row"),
                new Case("2026-03-08T10:00:00Z", "Sun 03:00 PDT", "night", null,
                        "the 02:00 end resolves to this instant"),
                new Case("2026-03-09T16:00:00Z", "Mon 09:00 PDT", "collins", null, "whole-day override"),
                new Case("2026-03-09T16:00:00Z", "Mon 09:00 PDT", "hoch", "Breakfast", null),
                new Case("2026-03-16T16:00:00Z", "Mon 09:00 PDT", "collins", "Continental Breakfast",
                        "Breakfast ended at 09:00"),
                new Case("2026-03-16T20:00:00Z", "Mon 13:00 PDT", "hoch", null, "Lunch ends at 13:00"),
                new Case("2026-03-10T18:30:00Z", "Tue 11:30 PDT", "hoch", null,
                        "\"Lunch\" override matches lunch"),
                new Case("2026-03-11T00:15:00Z", "Tue 17:15 PDT", "hoch", null, "dinner moved to 17:30"),
                new Case("2026-03-11T02:45:00Z", "Tue 19:45 PDT", "hoch", "Dinner", "changed times"),
                new Case("2026-03-15T05:00:00Z", "Sat 22:00 PDT", "hoch", "Late Night", "special opening"),
                new Case("2026-02-07T20:00:00Z", "Sat 12:00 PST", "malott", "Lunch", "Brunch also open"),
                new Case("2026-11-01T08:30:00Z", "Sun 01:30 PDT", "night", "Late Night", "first 01:30"),
                new Case("2026-11-01T09:30:00Z", "Sun 01:30 PST", "night", "Late Night", "second 01:30"),
                new Case("2026-11-01T10:00:00Z", "Sun 02:00 PST", "night", null, null),
                new Case("2026-11-01T18:00:00Z", "Sun 10:00 PST", "collins", null,
                        "a stale -07:00 gives 11:00, open"),
                new Case("2026-11-01T18:45:00Z", "Sun 10:45 PST", "collins", "Brunch", null),
                new Case("2026-11-03T06:45:00Z", "Mon 22:45 PST", "collins", "Late Night", null),
                new Case("2026-11-07T06:45:00Z", "Fri 22:45 PST", "collins", null, "Late Night is Mon-Thu"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hoursMdTable")
    void answersEveryCaseOfTheHoursTable(Case c) {
        Instant at = Instant.parse(c.instant());
        // Guards the table itself: its local column must be what the instant is in Los Angeles.
        assertThat(DateTimeFormatter.ofPattern("EEE HH:mm zzz", Locale.US).format(at.atZone(LA)))
                .as("%s", c).isEqualTo(c.local());

        HallStatus status = status(c.instant(), c.hallId());

        assertThat(status.hallId()).isEqualTo(c.hallId());
        if (c.meal() == null) {
            assertThat(status.open()).as("%s", c).isFalse();
            assertThat(status.currentMeal()).as("%s", c).isNull();
            assertThat(status.openWindows()).as("%s", c).isEmpty();
            assertThat(status.closesAt()).as("%s", c).isNull();
        } else {
            assertThat(status.open()).as("%s", c).isTrue();
            assertThat(status.currentMeal().label()).as("%s", c).isEqualTo(c.meal());
            assertThat(status.openWindows()).as("%s", c).contains(status.currentMeal());
            assertThat(status.closesAt().toInstant()).as("%s", c).isAfter(at);
        }
    }

    @Nested
    class Boundaries {

        @Test
        void openAtTheOpeningMinute() {
            HallStatus status = hours.statusesAt(la("2026-03-16T07:30"), WEEKLY, OVERRIDES).get("hoch");

            assertThat(status.open()).isTrue();
            assertThat(status.currentMeal().mealKey()).isEqualTo("breakfast");
        }

        @Test
        void closedOneSecondBeforeOpeningWithThatMealNext() {
            HallStatus status = hours.statusesAt(la("2026-03-16T07:29:59"), WEEKLY, OVERRIDES).get("hoch");

            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening().mealKey()).isEqualTo("breakfast");
            assertThat(status.nextOpening().start().toInstant()).isEqualTo(la("2026-03-16T07:30"));
        }

        @Test
        void openOneSecondBeforeClosing() {
            HallStatus status = hours.statusesAt(la("2026-03-16T09:29:59"), WEEKLY, OVERRIDES).get("hoch");

            assertThat(status.open()).isTrue();
            assertThat(status.closesAt().toInstant()).isEqualTo(la("2026-03-16T09:30"));
        }

        @Test
        void closedAtTheClosingMinute() {
            HallStatus status = hours.statusesAt(la("2026-03-16T09:30"), WEEKLY, OVERRIDES).get("hoch");

            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening().mealKey()).isEqualTo("lunch");
        }

        @Test
        void instantGivenWithAnotherOffsetIsReadInLosAngeles() {
            // 12:00 in New York is 09:00 in Claremont.
            Instant at = OffsetDateTime.parse("2026-03-16T12:00-04:00").toInstant();

            HallStatus status = hours.statusesAt(at, WEEKLY, OVERRIDES).get("collins");

            assertThat(status.currentMeal().mealKey()).isEqualTo("continental_breakfast");
        }
    }

    @Nested
    class Overnight {

        @Test
        void overnightWindowBelongsToTheDayItOpens() {
            List<ServiceWindow> saturday = hallWindows(hours, LocalDate.parse("2026-03-21"), "night", WEEKLY, OVERRIDES);
            List<ServiceWindow> sunday = hallWindows(hours, LocalDate.parse("2026-03-22"), "night", WEEKLY, OVERRIDES);

            assertThat(saturday).singleElement().satisfies(w -> {
                assertThat(w.serviceDate()).isEqualTo(LocalDate.parse("2026-03-21"));
                assertThat(w.start().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-21T22:00"));
                assertThat(w.end().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-22T02:00"));
            });
            assertThat(sunday).isEmpty();
        }

        @Test
        void openAfterMidnightInThePreviousDaysWindow() {
            HallStatus status = hours.statusesAt(la("2026-03-22T00:30"), WEEKLY, OVERRIDES).get("night");

            assertThat(status.open()).isTrue();
            assertThat(status.currentMeal().serviceDate()).isEqualTo(LocalDate.parse("2026-03-21"));
            assertThat(status.closesAt().toInstant()).isEqualTo(la("2026-03-22T02:00"));
            assertThat(status.nextOpening().start().toInstant()).isEqualTo(la("2026-03-28T22:00"));
        }

        @Test
        void windowEndingAtMidnightClosesAtMidnight() {
            // Sodexo's "10:00 PM - 12:00 AM".
            List<WeeklyHours> weekly = rows("hoch", EnumSet.of(WEDNESDAY), "late_night", "Late Night",
                    "22:00", "00:00", "test");

            assertThat(hours.statusesAt(la("2026-03-18T23:59:59"), weekly, List.of()).get("hoch").open()).isTrue();
            assertThat(hours.statusesAt(la("2026-03-19T00:00"), weekly, List.of()).get("hoch").open()).isFalse();
            assertThat(hours.windowsOn(LocalDate.parse("2026-03-18"), weekly, List.of()))
                    .singleElement()
                    .satisfies(w -> assertThat(w.end().toLocalDateTime())
                            .isEqualTo(LocalDateTime.parse("2026-03-19T00:00")));
        }

        @Test
        void overrideOnTheOpeningDateAlsoClosesThePartAfterMidnight() {
            List<HoursOverride> overrides = List.of(wholeDayClosed("night", "2026-03-21", "Break"));

            assertThat(hours.statusesAt(la("2026-03-22T01:00"), WEEKLY, overrides).get("night").open()).isFalse();
        }

        @Test
        void overrideOnTheNextDateLeavesThePartAfterMidnightOpen() {
            List<HoursOverride> overrides = List.of(wholeDayClosed("night", "2026-03-22", "Break"));

            assertThat(hours.statusesAt(la("2026-03-22T01:00"), WEEKLY, overrides).get("night").open()).isTrue();
        }

        @Test
        void changedTimesMoveAnOvernightEnd() {
            List<HoursOverride> overrides =
                    List.of(changed("night", "2026-03-21", "late_night", null, "23:00", "03:00", "Finals"));

            HallStatus status = hours.statusesAt(la("2026-03-22T02:30"), WEEKLY, overrides).get("night");

            assertThat(status.open()).isTrue();
            assertThat(status.currentMeal().fromOverride()).isTrue();
            assertThat(status.closesAt().toInstant()).isEqualTo(la("2026-03-22T03:00"));
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void overnightEndInTheSpringForwardGapMovesToThreeOClock() {
            ServiceWindow night = hallWindows(hours, LocalDate.parse("2026-03-07"), "night", WEEKLY, OVERRIDES).get(0);

            // 02:00 does not exist that night; 03:00 PDT is the instant 02:00 PST would have been.
            assertThat(night.end().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
            assertThat(night.end().toInstant()).isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
            assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(4));
        }

        @Test
        void overnightWindowIsAnHourLongerWhenClocksFallBack() {
            ServiceWindow night = hallWindows(hours, LocalDate.parse("2026-10-31"), "night", WEEKLY, OVERRIDES).get(0);

            assertThat(night.end().toInstant()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
            assertThat(Duration.between(night.start(), night.end())).isEqualTo(Duration.ofHours(5));
        }

        @Test
        void startInTheSpringForwardGapMovesForwardByTheGap() {
            List<WeeklyHours> weekly = rows("test", EnumSet.of(SUNDAY), "brunch", "Brunch", "02:30", "04:00", "t");

            assertThat(hours.windowsOn(LocalDate.parse("2026-03-08"), weekly, List.of()))
                    .singleElement()
                    .satisfies(w -> assertThat(w.start().toInstant()).isEqualTo(la("2026-03-08T03:30")));
            assertThat(hours.statusesAt(Instant.parse("2026-03-08T10:15:00Z"), weekly, List.of()).get("test").open())
                    .isFalse();
            assertThat(hours.statusesAt(Instant.parse("2026-03-08T10:30:00Z"), weekly, List.of()).get("test").open())
                    .isTrue();
        }

        @Test
        void windowLyingInTheSpringForwardGapIsDropped() {
            // 02:00 moves to 03:00 and the 03:00 end stays: nothing is left to serve.
            List<WeeklyHours> weekly = rows("test", EnumSet.of(SUNDAY), "snack", "Snack", "02:00", "03:00", "t");

            assertThat(hours.windowsOn(LocalDate.parse("2026-03-08"), weekly, List.of())).isEmpty();
            assertThat(hours.windowsOn(LocalDate.parse("2026-03-15"), weekly, List.of())).hasSize(1);
            assertThat(hours.statusesAt(Instant.parse("2026-03-08T10:00:00Z"), weekly, List.of()).get("test").open())
                    .isFalse();
        }

        @Test
        void windowInTheRepeatedHourCoversBothOccurrences() {
            List<WeeklyHours> weekly = rows("test", EnumSet.of(SUNDAY), "snack", "Snack", "01:00", "01:45", "t");

            ServiceWindow w = hours.windowsOn(LocalDate.parse("2026-11-01"), weekly, List.of()).get(0);

            assertThat(w.start().toInstant()).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
            assertThat(w.end().toInstant()).isEqualTo(Instant.parse("2026-11-01T09:45:00Z"));
            assertThat(hours.statusesAt(Instant.parse("2026-11-01T08:30:00Z"), weekly, List.of()).get("test").open())
                    .isTrue();
            assertThat(hours.statusesAt(Instant.parse("2026-11-01T09:30:00Z"), weekly, List.of()).get("test").open())
                    .isTrue();
        }
    }

    @Nested
    class CurrentMeal {

        @Test
        void overlappingMealsAreAllOpenAndTheLatestStartIsCurrent() {
            HallStatus status = hours.statusesAt(la("2026-02-07T12:00"), WEEKLY, OVERRIDES).get("malott");

            assertThat(status.openWindows()).extracting(ServiceWindow::mealKey).containsExactly("brunch", "lunch");
            assertThat(status.currentMeal().mealKey()).isEqualTo("lunch");
            assertThat(status.closesAt().toInstant()).isEqualTo(la("2026-02-07T14:00"));
            assertThat(status.nextOpening().mealKey()).isEqualTo("dinner");
        }

        @Test
        void mealsStartingTogetherGoToTheLaterPeriod() {
            List<WeeklyHours> weekly = concat(
                    rows("test", EnumSet.of(SATURDAY), "lunch", "Lunch", "11:00", "14:00", "t"),
                    rows("test", EnumSet.of(SATURDAY), "brunch", "Brunch", "11:00", "13:00", "t"));

            HallStatus status = hours.statusesAt(la("2026-03-14T10:00"), weekly, List.of()).get("test");
            assertThat(status.nextOpening().mealKey()).isEqualTo("lunch");
            assertThat(hours.statusesAt(la("2026-03-14T11:00"), weekly, List.of()).get("test").currentMeal().mealKey())
                    .isEqualTo("lunch");
        }

        @Test
        void closesAtFollowsBackToBackMeals() {
            HallStatus status = hours.statusesAt(la("2026-03-16T08:00"), WEEKLY, OVERRIDES).get("collins");

            assertThat(status.currentMeal().mealKey()).isEqualTo("breakfast");
            assertThat(status.currentMeal().end().toInstant()).isEqualTo(la("2026-03-16T09:00"));
            assertThat(status.closesAt().toInstant()).isEqualTo(la("2026-03-16T10:00"));
            assertThat(status.nextOpening().mealKey()).isEqualTo("lunch");
        }
    }

    @Nested
    class NextOpening {

        private final List<WeeklyHours> weekdaysOnly = concat(
                rows("weekday", WEEKDAYS, "breakfast", "Breakfast", "07:30", "09:30", "t"),
                rows("weekday", WEEKDAYS, "dinner", "Dinner", "17:00", "19:00", "t"));

        @Test
        void nextOpeningAfterAClosedWeekendIsMondayBreakfast() {
            // The weekend also crosses the spring-forward night: Monday 07:30 is PDT.
            HallStatus status = hours.statusesAt(la("2026-03-06T20:00"), weekdaysOnly, List.of()).get("weekday");

            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening().mealKey()).isEqualTo("breakfast");
            assertThat(status.nextOpening().serviceDate()).isEqualTo(LocalDate.parse("2026-03-09"));
            assertThat(status.nextOpening().start().toInstant()).isEqualTo(Instant.parse("2026-03-09T14:30:00Z"));
        }

        @Test
        void nextOpeningWhileOpenIsAfterTheHallCloses() {
            HallStatus status = hours.statusesAt(la("2026-03-06T18:00"), weekdaysOnly, List.of()).get("weekday");

            assertThat(status.open()).isTrue();
            assertThat(status.closesAt().toInstant()).isEqualTo(la("2026-03-06T19:00"));
            assertThat(status.nextOpening().start().toInstant()).isEqualTo(la("2026-03-09T07:30"));
        }

        @Test
        void noNextOpeningWithinSevenDays() {
            List<WeeklyHours> wednesdayLunch =
                    rows("oldenborg", EnumSet.of(WEDNESDAY), "lunch", "Lunch", "11:00", "13:00", "t");
            List<HoursOverride> closedNextWeek = List.of(mealClosed("oldenborg", "2026-03-18", "lunch", "Break"));

            HallStatus status = hours.statusesAt(la("2026-03-11T14:00"), wednesdayLunch, closedNextWeek).get("oldenborg");

            assertThat(status.open()).isFalse();
            assertThat(status.nextOpening()).isNull();
        }

        @Test
        void nextOpeningExactlySevenDaysAheadIsFound() {
            List<WeeklyHours> wednesdayLunch =
                    rows("oldenborg", EnumSet.of(WEDNESDAY), "lunch", "Lunch", "11:00", "13:00", "t");

            HallStatus afterLunch = hours.statusesAt(la("2026-03-11T13:00"), wednesdayLunch, List.of()).get("oldenborg");
            HallStatus atLunch = hours.statusesAt(la("2026-03-11T11:00"), wednesdayLunch, List.of()).get("oldenborg");

            assertThat(afterLunch.nextOpening().start().toInstant()).isEqualTo(la("2026-03-18T11:00"));
            assertThat(atLunch.nextOpening().start().toInstant()).isEqualTo(la("2026-03-18T11:00"));
        }

        @Test
        void aHallWithoutHoursHasNoStatusSoNothingShowsItOpen() {
            Map<String, HallStatus> statuses = hours.statusesAt(la("2026-03-16T12:00"), WEEKLY, OVERRIDES);

            assertThat(statuses).isNotEmpty().doesNotContainKey("frank");
        }
    }

    @Nested
    class Api {

        @Test
        void anInstantIsJudgedInTheConfiguredZone() {
            // 18:45 UTC on a Saturday is 10:45 in Claremont: Brunch.
            Instant atBrunch = Instant.parse("2026-03-07T18:45:00Z");

            assertThat(hours.statusesAt(atBrunch, WEEKLY, OVERRIDES).get("collins").currentMeal().mealKey())
                    .isEqualTo("brunch");
            assertThat(hours.statusesAt(atBrunch, WEEKLY, OVERRIDES).get("collins").open()).isTrue();
        }

        @Test
        void todayIsTheDateInTheConfiguredZone() {
            OpeningHours lateEvening = new OpeningHours(
                    Clock.fixed(Instant.parse("2026-03-08T05:00:00Z"), ZoneOffset.UTC), LA);

            assertThat(lateEvening.today()).isEqualTo(LocalDate.parse("2026-03-07"));
        }

        @Test
        void statusesCoverEveryHallInTheRowsByHallId() {
            List<HoursOverride> overrides = concat(OVERRIDES,
                    List.of(changed("frank", "2026-03-14", "brunch", "Brunch", "10:00", "13:00", "Alumni")));

            Map<String, HallStatus> statuses = hours.statusesAt(la("2026-03-14T11:00"), WEEKLY, overrides);

            assertThat(statuses).containsOnlyKeys("collins", "frank", "hoch", "malott", "night");
            assertThat(statuses.keySet()).containsExactly("collins", "frank", "hoch", "malott", "night");
            assertThat(statuses.get("frank").open()).isTrue();
            assertThat(statuses.get("night").open()).isFalse();
            assertThat(statuses.get("hoch").currentMeal().mealKey()).isEqualTo("brunch");
        }

        @Test
        void windowsOnListsEveryHallByHallThenStart() {
            List<ServiceWindow> windows = hours.windowsOn(LocalDate.parse("2026-03-16"), WEEKLY, OVERRIDES);

            assertThat(windows).extracting(w -> w.hallId() + " " + w.mealKey() + " " + w.start().toLocalTime())
                    .containsExactly(
                            "collins breakfast 07:30",
                            "collins continental_breakfast 09:00",
                            "collins lunch 11:00",
                            "collins dinner 17:00",
                            "collins late_night 22:30",
                            "hoch breakfast 07:30",
                            "hoch lunch 11:15",
                            "hoch dinner 17:00",
                            "malott breakfast 07:30",
                            "malott lunch 11:00",
                            "malott dinner 17:00");
            assertThat(windows).allSatisfy(w -> {
                assertThat(w.fromOverride()).isFalse();
                assertThat(w.reason()).isNull();
                assertThat(w.start().getZone()).isEqualTo(LA);
            });
        }

        @Test
        void windowsOnMarksOverrideWindowsWithTheirReason() {
            List<ServiceWindow> windows = hours.windowsOn(LocalDate.parse("2026-03-10"), WEEKLY, OVERRIDES);

            assertThat(windows).filteredOn(ServiceWindow::fromOverride)
                    .extracting(w -> w.hallId() + " " + w.mealKey() + " " + w.reason())
                    .containsExactly("hoch dinner Late dinner");
            assertThat(windows).filteredOn(w -> w.hallId().equals("collins")).hasSize(5);
        }
    }
}
