package org.fivecmenus.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fivecmenus.hours.Schedules.OVERRIDES;
import static org.fivecmenus.hours.Schedules.WEEKLY;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** "Last call" at Hoch's Monday lunch, 11:15 to 13:00 (docs/hours.md section 2). */
class HallStatusTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final OpeningHours hours = new OpeningHours(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), LA), LA);

    private boolean closingSoonAt(String localTime) {
        Instant at = java.time.LocalDateTime.parse("2026-03-16T" + localTime).atZone(LA).toInstant();
        return hours.statusesAt(at, WEEKLY, OVERRIDES).get("hoch").closingSoon(at);
    }

    @Test
    void aHallIsClosingSoonFromThirtyMinutesBeforeItCloses() {
        assertThat(closingSoonAt("12:29:59")).isFalse();
        assertThat(closingSoonAt("12:30")).isTrue();
        assertThat(closingSoonAt("12:59")).isTrue();
    }

    @Test
    void aClosedHallIsNotClosingSoon() {
        assertThat(closingSoonAt("13:00")).isFalse();
        assertThat(closingSoonAt("10:50")).isFalse();
    }
}
