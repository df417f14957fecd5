package org.fivecmenus.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.junit.jupiter.api.Test;

/** Calendar feeds as calendar apps fetch them; the shared deployment's today is Wednesday 2025-12-03. */
class CalendarsIT extends InContainerTest {

    @Test
    void aHallsHoursAreAFeedOfItsMealWindowsInTheHallsZoneAnsweredWith304WhenUnchanged(App app) {
        HttpResponse<String> feed = app.get("/halls/collins/hours.ics");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:America/Los_Angeles",
                // Wednesday's Collins breakfast, as seeded, and a weekend brunch.
                "UID:collins-2025-12-03-breakfast@5cmenus", "DTSTART;TZID=America/Los_Angeles:20251203T073000",
                "DTSTART;TZID=America/Los_Angeles:20251206T103000", "SUMMARY:Brunch at Collins");
        String etag = feed.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = app.get("/halls/collins/hours.ics", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anUnknownHallsCalendarIs404(App app) {
        assertThat(app.get("/halls/nowhere/hours.ics").statusCode()).isEqualTo(404);
    }
}
