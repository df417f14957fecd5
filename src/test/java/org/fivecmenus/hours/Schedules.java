package org.fivecmenus.hours;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.fivecmenus.menu.model.MealPeriod;

/** The schedule of docs/hours.md section 5: section 2's Collins, Malott and Hoch rows, the test hall Night. */
final class Schedules {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    static final Set<DayOfWeek> WEEKEND = EnumSet.of(SATURDAY, SUNDAY);

    private static final String BAMCO = "Bon Appétit weekly schedule, page of 2026-02-07";
    private static final String SODEXO = "Sodexo openingHours.standardHours, location page of 2025-11-15";

    static final List<WeeklyHours> COLLINS = concat(
            rows("collins", WEEKDAYS, "breakfast", "Breakfast", "07:30", "09:00", BAMCO),
            rows("collins", WEEKDAYS, "continental_breakfast", "Continental Breakfast", "09:00", "10:00", BAMCO),
            rows("collins", WEEKDAYS, "lunch", "Lunch", "11:00", "13:00", BAMCO),
            rows("collins", WEEKDAYS, "dinner", "Dinner", "17:00", "19:00", BAMCO),
            rows("collins", EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "late_night", "Late Night",
                    "22:30", "23:30", BAMCO),
            rows("collins", WEEKEND, "brunch", "Brunch", "10:30", "12:30", BAMCO),
            rows("collins", WEEKEND, "dinner", "Dinner", "16:30", "18:30", BAMCO));

    static final List<WeeklyHours> MALOTT = concat(
            rows("malott", WEEKDAYS, "breakfast", "Breakfast", "07:30", "10:00", BAMCO),
            rows("malott", WEEKDAYS, "lunch", "Lunch", "11:00", "14:00", BAMCO),
            rows("malott", WEEKDAYS, "dinner", "Dinner", "17:00", "19:15", BAMCO),
            rows("malott", WEEKEND, "brunch", "Brunch", "10:00", "13:00", BAMCO),
            rows("malott", WEEKEND, "lunch", "Lunch", "11:00", "14:00", BAMCO),
            rows("malott", WEEKEND, "dinner", "Dinner", "17:00", "19:00", BAMCO));

    static final List<WeeklyHours> HOCH = concat(
            rows("hoch", WEEKDAYS, "breakfast", "Breakfast", "07:30", "09:30", SODEXO),
            rows("hoch", WEEKDAYS, "lunch", "Lunch", "11:15", "13:00", SODEXO),
            rows("hoch", WEEKDAYS, "dinner", "Dinner", "17:00", "19:00", SODEXO),
            rows("hoch", WEEKEND, "brunch", "Brunch", "10:30", "12:45", SODEXO),
            rows("hoch", WEEKEND, "dinner", "Dinner", "17:00", "19:00", SODEXO));

    static final List<WeeklyHours> NIGHT =
            rows("night", EnumSet.of(SATURDAY), "late_night", "Late Night", "22:00", "02:00", "test only");

    static final List<WeeklyHours> WEEKLY = concat(COLLINS, MALOTT, HOCH, NIGHT);

    static final List<HoursOverride> OVERRIDES = List.of(
            wholeDayClosed("collins", "2026-03-09", "Spring break"),
            mealClosed("hoch", "2026-03-10", "Lunch", "Staff training"),
            changed("hoch", "2026-03-10", "dinner", null, "17:30", "20:00", "Late dinner"),
            changed("hoch", "2026-03-14", "late_night", "Late Night", "21:00", "23:00", "Pi Day"));

    private Schedules() {
    }

    static List<WeeklyHours> rows(String hallId, Set<DayOfWeek> days, String key, String label,
                                  String start, String end, String source) {
        return days.stream()
                .map(day -> new WeeklyHours(hallId, day, key, label, MealPeriod.fromLabel(label).orElse(null),
                        LocalTime.parse(start), LocalTime.parse(end), true, false, source))
                .toList();
    }

    static HoursOverride wholeDayClosed(String hallId, String date, String reason) {
        return new HoursOverride(hallId, LocalDate.parse(date), null, null, null, null, reason);
    }

    static HoursOverride mealClosed(String hallId, String date, String key, String reason) {
        return new HoursOverride(hallId, LocalDate.parse(date), key, null, null, null, reason);
    }

    static HoursOverride changed(String hallId, String date, String key, String label, String start, String end,
                                 String reason) {
        return new HoursOverride(hallId, LocalDate.parse(date), key, label, LocalTime.parse(start),
                LocalTime.parse(end), reason);
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... lists) {
        List<T> all = new ArrayList<>();
        Stream.of(lists).forEach(all::addAll);
        return List.copyOf(all);
    }

    /** One hall's windows opening on the date, after the overrides. */
    static List<ServiceWindow> hallWindows(OpeningHours hours, LocalDate date, String hallId, List<WeeklyHours> weekly,
                                           List<HoursOverride> overrides) {
        return hours.windowsOn(date, weekly, overrides).stream().filter(w -> w.hallId().equals(hallId)).toList();
    }
}
