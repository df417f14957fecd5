package org.fivecmenus.menu;

import java.util.Locale;
import java.util.Optional;

/**
 * The normalised meal period beside a vendor's own meal label. Declaration order is the order of a day,
 * so it doubles as the tie-break when two meals start together.
 */
public enum MealPeriod {
    BREAKFAST, BRUNCH, LUNCH, DINNER, LATE_NIGHT;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Maps a label by the rules of docs/vendors.md section 4.1. The first matching rule wins, so "Late Night
     * Breakfast" is late night and "Brunch Breakfast" is brunch; labels such as "Continuous Service" have no
     * period.
     */
    public static Optional<MealPeriod> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("late") && l.contains("night")) {
            return Optional.of(LATE_NIGHT);
        }
        if (l.contains("brunch")) {
            return Optional.of(BRUNCH);
        }
        if (l.contains("breakfast") || l.contains("continental")) {
            return Optional.of(BREAKFAST);
        }
        if (l.contains("lunch")) {
            return Optional.of(LUNCH);
        }
        if (l.contains("dinner")) {
            return Optional.of(DINNER);
        }
        return Optional.empty();
    }
}
