package org.fivecmenus.menu.model;

import java.util.Locale;

/** What a day's menu was read from. */
public enum DaySource {
    /** The vendor's menu for that date: Sodexo's API, a Bon Appétit cafe page, Pomona's feed. */
    VENDOR,
    /**
     * Sodexo's public location page, read for Hoch when no API key is configured. The page shows the menu of
     * the day it is fetched on whatever date is asked, so it serves today only.
     */
    LOCATION_PAGE;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
