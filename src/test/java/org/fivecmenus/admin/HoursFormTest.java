package org.fivecmenus.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fivecmenus.hours.OverrideKind;
import org.junit.jupiter.api.Test;

class HoursFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void everyProblemOfAFormIsReportedAtOnceAndNothingIsTakenFromIt() {
        HoursForm form = new HoursForm(TODAY, 7);

        assertThat(form.days(List.of("1", "nine"))).containsExactly(DayOfWeek.MONDAY);
        assertThat(form.label("  ")).isNull();
        assertThat(form.time("Start", "5pm")).isNull();
        assertThat(form.time("End", "19:00")).isEqualTo(LocalTime.of(19, 0));

        assertThatThrownBy(form::check).isInstanceOfSatisfying(HoursForm.Invalid.class, e -> assertThat(e.problems())
                .containsExactly("'nine' is not a day.", "Give the meal a name of 1 to 60 characters, such as “Dinner”.",
                        "Start must be a time such as 17:30, not “5pm”."));
    }

    @Test
    void aFormWithoutProblemsPasses() {
        HoursForm form = new HoursForm(TODAY, 7);

        assertThat(form.days(List.of("6", "7"))).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(form.label("\u00A0Brunch ")).isEqualTo("Brunch");
        assertThat(form.kind(" special_opening")).isEqualTo(OverrideKind.SPECIAL_OPENING);
        assertThat(form.reason("  ")).isNull();
        form.check();
        assertThat(form.problems()).isEmpty();
    }

    @Test
    void noDayChosenIsAProblemOfItsOwn() {
        HoursForm form = new HoursForm(TODAY, 7);
        form.days(null);
        assertThat(form.problems()).containsExactly("Choose at least one day.");
    }

    @Test
    void anEndBeforeItsStartNeedsTheNextDayTicked() {
        HoursForm form = new HoursForm(TODAY, 7);
        form.order(LocalTime.of(22, 0), LocalTime.of(1, 0), false);
        form.order(LocalTime.of(22, 0), LocalTime.of(1, 0), true);
        form.order(LocalTime.of(11, 0), LocalTime.of(13, 0), true);

        assertThat(form.problems()).hasSize(2);
        assertThat(form.problems().get(0)).startsWith("The end (01:00) must be after the start (22:00)");
        assertThat(form.problems().get(1)).startsWith("“Ends the next day” is ticked, but 13:00 is after 11:00");
    }

    @Test
    void anOverrideDateLiesWithinTheAllowedPastAndAYearAhead() {
        HoursForm form = new HoursForm(TODAY, 7);

        assertThat(form.date("2026-03-09")).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(form.problems()).isEmpty();
        form.date("2026-03-08");
        form.date("2027-03-17");
        form.date("March 20");
        form.kind("reopen");
        form.reason("x".repeat(201));

        assertThat(form.problems()).containsExactly("Overrides more than 7 days in the past cannot be added.",
                "Overrides more than a year ahead cannot be added.", "The date must look like 2026-03-16.",
                "Choose what the override does.", "Keep the reason under 200 characters; students see it on a phone.");
    }
}
