package org.fivecmenus.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A change to one hall's hours on one service date, read as in docs/hours.md section 1:
 * <ul>
 * <li>meal key, no times: that meal is closed;</li>
 * <li>no meal key, no times: the whole day is closed (every weekly row is dropped);</li>
 * <li>meal key and times matching a weekly row: that meal's times change;</li>
 * <li>meal key and times, no weekly row: a special opening, shown with {@code label}.</li>
 * </ul>
 * It governs the windows that start on {@code date}, including their part after midnight. A whole-day closure
 * and meal overrides with times combine, so "closed except brunch" is two overrides.
 *
 * @param mealKey null for the whole day
 * @param label   shown for a special opening; ignored for changed times, which keep the weekly label
 */
public record HoursOverride(String hallId, LocalDate date, String mealKey, String label,
                            LocalTime start, LocalTime end, String reason) {

    public HoursOverride {
        Objects.requireNonNull(hallId, "hallId");
        Objects.requireNonNull(date, "date");
        if (mealKey != null && OpeningHours.normaliseKey(mealKey).isEmpty()) {
            // A lost key must not silently become "whole day closed".
            throw new IllegalArgumentException("Override of " + hallId + " on " + date
                    + ": meal key is blank; use null for the whole day");
        }
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("Override of " + hallId + " on " + date
                    + ": give both start and end, or neither to close");
        }
        if (mealKey == null && start != null) {
            throw new IllegalArgumentException("Override of " + hallId + " on " + date
                    + ": times without a meal key; a special opening needs a meal key and label,"
                    + " and a whole-day closure has no times");
        }
    }

    public boolean wholeDay() {
        return mealKey == null;
    }

    public boolean closes() {
        return start == null;
    }
}
