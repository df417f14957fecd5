package org.fivecmenus.menu.model;

/**
 * What a vendor said about one hall on one date. A failure to read the vendor is not a status: it is an
 * exception, so that "closed" is never shown because a parser broke.
 */
public enum DayStatus {
    /** At least one meal with food. */
    SERVED,
    /** The vendor says the hall is closed that day (a "Closed" record or daypart and no meal). */
    CLOSED,
    /** The vendor answered without a menu for that date: not yet published, or already dropped. */
    NOT_PUBLISHED
}
