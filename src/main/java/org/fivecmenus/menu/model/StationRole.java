package org.fivecmenus.menu.model;

import java.util.Locale;

/**
 * How a station is shown. Curation labels stations instead of dropping them: the API carries every station
 * with its role, and the site shows featured and regular stations first and catalogue ones collapsed.
 */
public enum StationRole {
    /** Holds at least one of the vendor's featured dishes. */
    FEATURED,
    /** A counter with dishes of the day. */
    REGULAR,
    /** Always there, build-your-own or staples: salad and deli bars, condiments, beverages, cereal. */
    CATALOGUE;

    /** As the API writes it: {@code featured}, {@code regular}, {@code catalogue}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
