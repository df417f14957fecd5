package org.fivecmenus.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class HoursOverrideTest {

    private static final LocalDate DATE = LocalDate.parse("2026-03-10");

    @Test
    void rejectsTimesWithoutAMealKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HoursOverride("hoch", DATE, null, "Late Night", LocalTime.of(21, 0),
                        LocalTime.of(23, 0), "Pi Day"))
                .withMessageContaining("hoch")
                .withMessageContaining("2026-03-10")
                .withMessageContaining("needs a meal key and label");
    }

    @Test
    void rejectsAStartWithoutAnEnd() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HoursOverride("hoch", DATE, "dinner", null, LocalTime.of(17, 30), null, null))
                .withMessageContaining("both start and end");
    }

    @Test
    void rejectsABlankMealKeyRatherThanClosingTheWholeDay() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HoursOverride("hoch", DATE, " \u00A0", null, null, null, null))
                .withMessageContaining("blank");
    }

    @Test
    void acceptsEveryValidShape() {
        HoursOverride mealClosed = new HoursOverride("hoch", DATE, "Lunch", null, null, null, null);
        HoursOverride dayClosed = new HoursOverride("hoch", DATE, null, null, null, null, "Break");
        HoursOverride times = new HoursOverride("hoch", DATE, "dinner", null, LocalTime.of(17, 30),
                LocalTime.of(20, 0), null);

        assertThat(mealClosed.closes()).isTrue();
        assertThat(mealClosed.wholeDay()).isFalse();
        assertThat(dayClosed.wholeDay()).isTrue();
        assertThat(dayClosed.closes()).isTrue();
        assertThat(times.closes()).isFalse();
    }

    @Test
    void weeklyHoursNeedAMealKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WeeklyHours("hoch", DayOfWeek.MONDAY, "\u00A0", "Lunch", null,
                        LocalTime.of(11, 0), LocalTime.of(13, 0), true, false, "t"))
                .withMessageContaining("meal key");
    }
}
