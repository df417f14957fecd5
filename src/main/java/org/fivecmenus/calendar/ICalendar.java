package org.fivecmenus.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes iCalendar (RFC 5545) feeds of local-time events in one zone, with the {@code VTIMEZONE} that defines
 * it, so calendar apps place 7:30 am at 7:30 am on both sides of a daylight-saving change. Pure: the events in,
 * the bytes out, the same bytes for the same events (feeds carry ETags).
 */
public final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    public static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final int LINE_OCTETS = 75;

    /**
     * One event.
     *
     * @param uid       stable across feeds and fetches: a calendar app updates the event it already has
     * @param cancelled shown struck through, for a meal an override closed
     */
    public record Event(String uid, ZonedDateTime start, ZonedDateTime end, String summary, String location,
                        String description, String url, boolean cancelled) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(summary, "summary");
        }
    }

    private ICalendar() {
    }

    /**
     * @param product what made the feed ({@code PRODID}): the campus's name for its menus
     * @param stamp the feed's {@code DTSTAMP}: when its content last changed, not when it was asked for, so that
     *              an unchanged feed is the same bytes
     */
    public static byte[] write(String product, String name, ZoneId zone, Instant stamp, List<Event> events) {
        StringBuilder out = new StringBuilder(256 + events.size() * 256);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        // The formal public identifier's owner field: text, but no "//" inside it.
        line(out, "PRODID:-//" + text(product.replace("//", "/")) + "//Menus and hours//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        timezone(out, zone);
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.start().withZoneSameInstant(zone)));
            line(out, "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.end().withZoneSameInstant(zone)));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            if (event.url() != null) {
                line(out, "URL:" + event.url());
            }
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The zone's current rules as a VTIMEZONE: its yearly daylight and standard transitions as RRULEs (America/
     * Los_Angeles: second Sunday of March, first Sunday of November, both at 2:00 local), or one fixed offset.
     */
    static void timezone(StringBuilder out, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.size() == 2) {
            for (ZoneOffsetTransitionRule rule : yearly) {
                boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getOffsetBefore().getTotalSeconds();
                String part = daylight ? "DAYLIGHT" : "STANDARD";
                line(out, "BEGIN:" + part);
                line(out, "TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
                line(out, "TZOFFSETTO:" + offset(rule.getOffsetAfter()));
                // The local wall time of the change, as the offset before it reads it.
                LocalDateTime start = rule.createTransition(1970).getDateTimeBefore();
                line(out, "DTSTART:" + LOCAL.format(start));
                line(out, "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay(rule));
                line(out, "END:" + part);
            }
        } else {
            ZoneOffset fixed = rules.getOffset(Instant.EPOCH);
            line(out, "BEGIN:STANDARD");
            line(out, "TZOFFSETFROM:" + offset(fixed));
            line(out, "TZOFFSETTO:" + offset(fixed));
            line(out, "DTSTART:19700101T000000");
            line(out, "END:STANDARD");
        }
        line(out, "END:VTIMEZONE");
    }

    /** "2SU": the rule's weekday on or after day 8 of the month is the second such weekday. */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        String day = rule.getDayOfWeek() == null ? "SU" : rule.getDayOfWeek().name().substring(0, 2);
        int indicator = rule.getDayOfMonthIndicator();
        int nth = indicator < 0 ? -1 : (indicator - 1) / 7 + 1;
        return nth + day;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** TEXT values escape backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A content line, folded at 75 octets (never inside a UTF-8 sequence) and ended with CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                // The continuation's leading space counts towards its own 75.
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
