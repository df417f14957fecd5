package org.fivecmenus.menu;

/** What a request is served of a day's menu; the API writes it as {@link #slug()}. */
public enum MenuStatus {
    /** The vendor's menu, current. */
    OK("ok"),
    /** The last copy kept or stored, served because the vendor failed. */
    STALE("stale"),
    /** The vendor says the hall is closed that day. */
    CLOSED("closed"),
    /** The vendor has no menu for the date yet. */
    NOT_PUBLISHED("not_published"),
    /** The vendor failed and no copy is stored. */
    UNAVAILABLE("unavailable"),
    /** Still being fetched when the request stopped waiting. */
    LOADING("loading");

    private final String slug;

    MenuStatus(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** Whether a student is better served by the vendor's own page (nothing current to show here). */
    public boolean pointsToTheVendor() {
        return this == UNAVAILABLE || this == STALE;
    }
}
