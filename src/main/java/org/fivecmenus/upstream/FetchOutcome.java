package org.fivecmenus.upstream;

import java.util.Arrays;
import org.fivecmenus.menu.model.DayStatus;

/** How one vendor call ended, as the fetch log keeps it ({@code vendor_fetch.outcome}). */
public enum FetchOutcome {
    /** A menu with dishes. */
    SERVED("served"),
    /** The vendor says the hall is closed that day. */
    CLOSED("closed"),
    /** No menu for the date yet. */
    NOT_PUBLISHED("not_published"),
    /** No usable answer: an error, a timeout, an unreadable body, or no dishes for a day that had them. */
    FAILED("failed");

    private final String slug;

    FetchOutcome(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static FetchOutcome of(DayStatus day) {
        return switch (day) {
            case SERVED -> SERVED;
            case CLOSED -> CLOSED;
            case NOT_PUBLISHED -> NOT_PUBLISHED;
        };
    }

    public static FetchOutcome fromSlug(String slug) {
        return Arrays.stream(values()).filter(o -> o.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown fetch outcome in the database: " + slug));
    }
}
