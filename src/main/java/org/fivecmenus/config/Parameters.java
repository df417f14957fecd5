package org.fivecmenus.config;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Parses the date and time query parameters shared by the API and the pages, so a bad value always gets the
 * same clear 400 instead of an exception from deep inside.
 */
public final class Parameters {

    private Parameters() {
    }

    /** An ISO date ({@code 2026-11-23}); absent means today. */
    public static LocalDate date(String name, String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' must be a date in ISO form such as " + today
                    + ", not '" + value + "'.");
        }
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
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new BadRequestException("'" + name + "' must be an ISO date-time such as 2026-03-08T10:45 "
                        + "(in " + zone + ") or 2026-03-08T17:45Z, not '" + value + "'.");
            }
        }
    }
}
