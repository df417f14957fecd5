package org.fivecmenus.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fivecmenus.admin.HoursRules.Window;
import org.fivecmenus.hours.OverrideKind;
import org.junit.jupiter.api.Test;

class HoursRulesTest {

    private static final Window MONDAY_DINNER = window("Dinner", DayOfWeek.MONDAY, "17:00", "19:00", true, false);
    private static final Window SUNDAY_LATE = window("Late Night", DayOfWeek.SUNDAY, "22:00", "01:00", true, false);

    @Test
    void windowsOfOneHallMayNotOverlap() {
        assertThat(HoursRules.overlap(List.of(MONDAY_DINNER), DayOfWeek.MONDAY, t("18:30"), t("20:00"), false))
                .hasValueSatisfying(p -> assertThat(p).startsWith("That overlaps Dinner on Monday (17:00–19:00)."));
        assertThat(HoursRules.overlap(List.of(MONDAY_DINNER), DayOfWeek.MONDAY, t("19:00"), t("21:00"), false))
                .as("touching is not overlapping").isEmpty();
        assertThat(HoursRules.overlap(List.of(MONDAY_DINNER), DayOfWeek.TUESDAY, t("17:00"), t("19:00"), false))
                .isEmpty();
    }

    @Test
    void aWindowPastMidnightMeetsTheNextMorningAcrossTheWeeksEnd() {
        assertThat(HoursRules.overlap(List.of(SUNDAY_LATE), DayOfWeek.MONDAY, t("00:30"), t("02:00"), false))
                .as("Sunday 22:00–01:00 runs into Monday").isPresent();
        assertThat(HoursRules.overlap(List.of(SUNDAY_LATE), DayOfWeek.MONDAY, t("01:00"), t("02:00"), false))
                .isEmpty();
    }

    @Test
    void overlapIsAllowedOnlyWhenBothSayTheyAreServedAlongside() {
        Window alongside = window("Grab and Go", DayOfWeek.MONDAY, "17:00", "19:00", true, true);
        Window off = window("Dinner", DayOfWeek.MONDAY, "17:00", "19:00", false, false);

        assertThat(HoursRules.overlap(List.of(alongside), DayOfWeek.MONDAY, t("18:00"), t("20:00"), true)).isEmpty();
        assertThat(HoursRules.overlap(List.of(alongside), DayOfWeek.MONDAY, t("18:00"), t("20:00"), false)).isPresent();
        assertThat(HoursRules.overlap(List.of(MONDAY_DINNER), DayOfWeek.MONDAY, t("18:00"), t("20:00"), true)).isPresent();
        assertThat(HoursRules.overlap(List.of(off), DayOfWeek.MONDAY, t("18:00"), t("20:00"), false))
                .as("an inactive row is no obstacle").isEmpty();
    }

    @Test
    void anOverrideChangesAServedMealOrOpensAnUnservedOneOncePerDateAndMeal() {
        LocalDate tuesday = LocalDate.of(2026, 3, 17);

        assertThat(HoursRules.override(OverrideKind.CHANGED_TIMES, tuesday, "Brunch", false, false))
                .containsExactly("2026-03-17 is a Tuesday, when this hall serves no Brunch. Use a special opening to add a meal.");
        assertThat(HoursRules.override(OverrideKind.CLOSED_MEAL, tuesday, "Brunch", false, false)).hasSize(1);
        assertThat(HoursRules.override(OverrideKind.SPECIAL_OPENING, tuesday, "Dinner", true, false))
                .containsExactly("Dinner is already served that day; use changed times.");
        assertThat(HoursRules.override(OverrideKind.CLOSED_DAY, tuesday, null, false, true))
                .containsExactly("There is already an override for the whole day on 2026-03-17; edit or delete it.");
        assertThat(HoursRules.override(OverrideKind.CHANGED_TIMES, tuesday, "Dinner", true, false)).isEmpty();
        assertThat(HoursRules.override(OverrideKind.SPECIAL_OPENING, tuesday, "Brunch", false, false)).isEmpty();
    }

    private static Window window(String label, DayOfWeek day, String start, String end, boolean active,
                                 boolean alongside) {
        return new Window(label, day, t(start), t(end), active, alongside);
    }

    private static LocalTime t(String time) {
        return LocalTime.parse(time);
    }
}
