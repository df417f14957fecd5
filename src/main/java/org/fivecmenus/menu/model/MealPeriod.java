package org.fivecmenus.menu.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The normalised kind of a meal. Vendors label meals freely ("Continental Breakfast", "BRUNCH",
 * "AFTERNOON SNACK"); the period is what the app filters and sorts on, the label is what it shows.
 */
public enum MealPeriod {
    BREAKFAST, BRUNCH, LUNCH, DINNER, LATE_NIGHT;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Late Night": the label of a meal this app makes itself, the vendor having listed none. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        StringBuilder label = new StringBuilder(words.length());
        for (String word : words.split(" ")) {
            label.append(label.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return label.toString();
    }

    /**
     * The period a vendor label stands for (docs/vendors.md 4.1): case-insensitive, first rule wins, so "Late Night
     * Breakfast" is late night and "Brunch" never falls through to lunch. "Closed…" labels mark a closure and
     * are never a meal, even "Closed for Lunch".
     */
    public static Optional<MealPeriod> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("closed")) {
            return Optional.empty();
        }
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

    public static Optional<MealPeriod> fromSlug(String slug) {
        for (MealPeriod p : values()) {
            if (p.slug().equals(slug)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
