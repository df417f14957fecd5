package org.fivecmenus.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * One meal served by one hall, resolved to instants for its service date after overrides. The window is
 * half-open: open from {@code start} inclusive to {@code end} exclusive.
 *
 * @param serviceDate the date the window opens on, also when it ends after midnight
 * @param mealKey     normalised, see {@link OpeningHours#normaliseKey}
 * @param period      null for meals outside the periods, such as "Continuous Service"
 * @param estimated   show as approximate
 * @param fromOverride the window comes from a date override (changed times or a special opening)
 * @param reason      the override's reason, null for weekly windows
 */
public record ServiceWindow(String hallId, LocalDate serviceDate, String mealKey, String label, MealPeriod period,
                            ZonedDateTime start, ZonedDateTime end, boolean estimated, boolean fromOverride,
                            String reason) {

    public ServiceWindow {
        Objects.requireNonNull(hallId, "hallId");
        Objects.requireNonNull(serviceDate, "serviceDate");
        Objects.requireNonNull(mealKey, "mealKey");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Window " + hallId + " " + mealKey + " on " + serviceDate
                    + " ends at or before it starts: " + start + " - " + end);
        }
    }

    /** Compares instants, so both occurrences of a repeated local hour count. */
    public boolean isOpenAt(Instant t) {
        return !t.isBefore(start.toInstant()) && t.isBefore(end.toInstant());
    }
}
