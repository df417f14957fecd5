package org.fivecmenus.config;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the date and time query parameters shared by the API and the pages, so a bad value always gets the
 * same clear 400 instead of an exception from deep inside.
 */
public final class Parameters {

    /** Hours and menus are asked about near today; years away is a typo, and far enough breaks date arithmetic. */
    public static final int DAYS_AROUND_TODAY = 730;

    private Parameters() {
    }

    private static <T> T within(String name, String value, LocalDate date, LocalDate today, T result) {
        if (Math.abs(date.toEpochDay() - today.toEpochDay()) > DAYS_AROUND_TODAY) {
            throw new BadRequestException("'" + name + "' must be within " + DAYS_AROUND_TODAY + " days of today ("
                    + today + "), not '" + value + "'.");
        }
        return result;
    }

    /** The one date parser: an ISO date ({@code 2026-11-23}), surrounding blanks ignored; empty if it is none. */
    public static Optional<LocalDate> isoDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An ISO date ({@code 2026-11-23}); absent means today. */
    public static LocalDate date(String name, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        LocalDate date = isoDate(value).orElseThrow(() -> new BadRequestException(
                "'" + name + "' must be a date in ISO form such as " + today + ", not '" + value + "'."));
        return within(name, value, date, today, date);
    }

    /**
     * An instant given as an offset date-time ({@code 2026-03-08T17:45Z}, {@code 2026-03-08T10:45-07:00}) or as a
     * local date-time in the halls' zone ({@code 2026-03-08T10:45}); absent means now.
     */
    public static Instant instant(String name, String value, ZoneId zone, Instant now) {
        if (value == null || value.isBlank()) {
            return now;
        }
        String text = value.strip();
        LocalDate today = LocalDate.ofInstant(now, zone);
        try {
            OffsetDateTime at = OffsetDateTime.parse(text);
            return within(name, value, at.toLocalDate(), today, at.toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                LocalDateTime at = LocalDateTime.parse(text);
                return within(name, value, at.toLocalDate(), today, at.atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("'" + name + "' must be an ISO date-time such as 2026-03-08T10:45 "
                        + "(in " + zone + ") or 2026-03-08T17:45Z, not '" + value + "'.");
            }
        }
    }
}
