package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The one date rule of menus, which the API, the pages and the admin's refetch all apply. */
class MenuWindowTest {

    private static final Clock DEC_2_2026 = Clock.fixed(Instant.parse("2026-12-02T20:00:00Z"),
            ZoneId.of("America/Los_Angeles"));

    @Test
    void absentOrBlankMeansTodayInTheHallsZone() {
        MenuWindow window = new MenuWindow(DEC_2_2026, 7, 14);

        assertThat(window.date(null)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(window.date("  ")).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void acceptsTheDaysOfTheWindowAndNothingOutside() {
        MenuWindow window = new MenuWindow(DEC_2_2026, 7, 14);

        assertThat(window.date("2026-11-25")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(window.date(" 2026-12-16 ")).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(window.accepts("2026-11-24")).isEmpty();
        assertThat(window.accepts("2026-12-17")).isEmpty();
    }

    @Test
    void aRefusedDateSaysWhyAndWhichDatesAreServed() {
        MenuWindow window = new MenuWindow(DEC_2_2026, 7, 14);

        assertThatThrownBy(() -> window.date("2026-12-02T10:00"))
                .isInstanceOfSatisfying(MenuWindow.RefusedDate.class, refused -> {
                    assertThat(refused.title()).isEqualTo("That is not a date");
                    assertThat(refused.getMessage()).contains("'date' must be a date in ISO form such as 2026-12-02");
                });
        assertThatThrownBy(() -> window.date("2027-01-01"))
                .isInstanceOfSatisfying(MenuWindow.RefusedDate.class, refused -> {
                    assertThat(refused.title()).isEqualTo("No menus for that date");
                    assertThat(refused.getMessage()).contains("within 7 days before and 14 days after today (2026-12-02)");
                });
    }

    @Test
    void aWindowWidenedForADemonstrationStillStopsTwoYearsFromToday() {
        // An operator showing old captures widens the window; random far dates must still not reach a vendor.
        MenuWindow window = new MenuWindow(DEC_2_2026, 100_000, 100_000);

        assertThat(window.contains(LocalDate.of(2025, 12, 2))).isTrue();
        assertThat(window.contains(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(window.contains(LocalDate.of(1900, 1, 1))).isFalse();
        assertThat(window.accepts("2100-01-01")).isEmpty();
        assertThat(window.last()).isEqualTo(LocalDate.of(2028, 12, 1));
    }
}
