package org.fivecmenus.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.fivecmenus.hours.OpeningHours;
import org.fivecmenus.hours.WeeklyHours;
import org.fivecmenus.menu.model.MealPeriod;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final Instant STAMP = Instant.parse("2026-03-01T00:00:00Z");

    private static ICalendar.Event brunch(String date) {
        return new ICalendar.Event("collins-" + date + "-brunch@5cmenus", ZonedDateTime.of(LocalDateTime.parse(date
                + "T10:30"), LA), ZonedDateTime.of(LocalDateTime.parse(date + "T12:30"), LA), "Brunch at Collins",
                "Collins, Claremont McKenna", null, null, false);
    }

    private static String write(List<ICalendar.Event> events) {
        return new String(ICalendar.write("5C Menus", "Collins hours", LA, STAMP, events), StandardCharsets.UTF_8);
    }

    @Test
    void theFeedIsMadeByTheCampussProductNotByAFixedName() {
        String feed = new String(ICalendar.write("Northfield Menus", "Commons hours", ZoneId.of("America/Chicago"),
                STAMP, List.of()), StandardCharsets.UTF_8);

        assertThat(feed).contains("PRODID:-//Northfield Menus//Menus and hours//EN\r\n")
                .contains("X-WR-TIMEZONE:America/Chicago\r\n").doesNotContain("5C");
        assertThat(new String(ICalendar.write("A//B, C", "x", LA, STAMP, List.of()), StandardCharsets.UTF_8))
                .as("the identifier's owner field keeps its shape").contains("PRODID:-//A/B\\, C//Menus and hours//EN");
    }

    @Test
    void losAngelesIsDefinedByItsYearlyRulesSoLocalTimesHoldAcrossTheChange() {
        String feed = write(List.of(brunch("2026-03-07"), brunch("2026-03-08")));

        assertThat(feed).contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n",
                "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\nDTSTART:19700308T020000\r\n"
                        + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT",
                "BEGIN:STANDARD\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\nDTSTART:19701101T020000\r\n"
                        + "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD");
        // Saturday before the change and Sunday after it: the same wall-clock hours, in the zone.
        assertThat(feed).contains("DTSTART;TZID=America/Los_Angeles:20260307T103000",
                "DTSTART;TZID=America/Los_Angeles:20260308T103000", "DTEND;TZID=America/Los_Angeles:20260308T123000");
    }

    @Test
    void theSameEventsAreTheSameBytes() {
        assertThat(ICalendar.write("5C Menus", "x", LA, STAMP, List.of(brunch("2026-03-07"))))
                .isEqualTo(ICalendar.write("5C Menus", "x", LA, STAMP, List.of(brunch("2026-03-07"))));
    }

    @Test
    void textIsEscapedAndLongLinesFoldedAtSeventyFiveOctetsWithCrlf() {
        assertThat(ICalendar.text("Mac, cheese; and \\ more\nlines")).isEqualTo("Mac\\, cheese\\; and \\\\ more\\nlines");

        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "DESCRIPTION:" + "é".repeat(100));
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(Arrays.stream(lines)).allSatisfy(l ->
                assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(lines).skip(1)).allSatisfy(l -> assertThat(l).startsWith(" "));
        assertThat(String.join("", Arrays.stream(lines).map(l -> l.startsWith(" ") ? l.substring(1) : l).toList()))
                .isEqualTo("DESCRIPTION:" + "é".repeat(100));
    }

    @Test
    void aCancelledEventSaysSo() {
        ICalendar.Event closed = new ICalendar.Event("u", brunch("2026-03-07").start(), brunch("2026-03-07").end(),
                "Brunch at Collins (closed)", null, "Closed for spring break", null, true);

        assertThat(write(List.of(closed))).contains("STATUS:CANCELLED", "DESCRIPTION:Closed for spring break");
    }

    @Test
    void aMealsWindowFromTheHoursIsWrittenAtItsLocalTimesOnBothSidesOfTheChange() {
        // What the feeds do: the hall's window for the date (OpeningHours), written as an event.
        List<WeeklyHours> weekends = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).stream()
                .map(day -> new WeeklyHours("collins", day, "brunch", "Brunch", MealPeriod.BRUNCH, LocalTime.of(10, 30),
                        LocalTime.of(12, 30), true, false, "test")).toList();
        OpeningHours hours = new OpeningHours(Clock.fixed(STAMP, ZoneOffset.UTC), LA);
        List<ICalendar.Event> events = List.of("2026-03-07", "2026-03-08").stream().map(LocalDate::parse)
                .map(date -> hours.windowsOn(date, weekends, List.of()).get(0))
                .map(w -> new ICalendar.Event("collins-" + w.serviceDate() + "@5cmenus", w.start(), w.end(),
                        "Brunch at Collins", null, null, null, false)).toList();

        // Saturday is on Pacific standard time, Sunday on daylight time: the same local hours, an hour apart in UTC.
        assertThat(events.get(0).start().toInstant()).isEqualTo(Instant.parse("2026-03-07T18:30:00Z"));
        assertThat(events.get(1).start().toInstant()).isEqualTo(Instant.parse("2026-03-08T17:30:00Z"));
        assertThat(events).allSatisfy(e -> assertThat(Duration.between(e.start(), e.end())).isEqualTo(Duration.ofHours(2)));
        assertThat(write(events)).contains("DTSTART;TZID=America/Los_Angeles:20260307T103000",
                "DTEND;TZID=America/Los_Angeles:20260307T123000", "DTSTART;TZID=America/Los_Angeles:20260308T103000",
                "DTEND;TZID=America/Los_Angeles:20260308T123000");
    }
}
