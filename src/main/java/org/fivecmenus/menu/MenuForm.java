package org.fivecmenus.menu;

import java.util.Locale;
import java.util.Optional;

/** Which form of a menu the API answers with ({@code view=}). */
public enum MenuForm {
    /** Every station and item the vendor published, each station with its role: the default. */
    FULL,
    /** What the site shows by default: each station's shown items, stations that show none left out. */
    CURATED;

    /** Absent or blank is {@link #FULL}; otherwise {@code full} or {@code curated}, any case; else empty. */
    public static Optional<MenuForm> of(String view) {
        if (view == null || view.isBlank()) {
            return Optional.of(FULL);
        }
        return switch (view.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> Optional.of(FULL);
            case "curated" -> Optional.of(CURATED);
            default -> Optional.empty();
        };
    }
}
