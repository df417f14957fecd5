package org.fivecmenus.menu.model;

import java.util.Locale;

/** Where a meal's start and end come from. */
public enum TimesFrom {
    /** Published with the menu (Bon Appétit). */
    VENDOR,
    /** The vendor publishes none (Sodexo, Pomona): the hall's hours for that date, overrides applied. */
    HOURS;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
