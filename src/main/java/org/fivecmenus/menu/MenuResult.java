package org.fivecmenus.menu;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day's menu as served to a request: fresh from the vendor or the cache, the last stored copy when the
 * vendor fails (stale), or nothing at all (unavailable).
 *
 * @param menu      null when unavailable
 * @param fetchedAt when the vendor gave this copy; null when unavailable
 */
public record MenuResult(String hallId, LocalDate date, DayMenu menu, Instant fetchedAt, boolean stale) {

    public static MenuResult fresh(DayMenu menu, Instant fetchedAt) {
        return new MenuResult(menu.hallId(), menu.date(), menu, fetchedAt, false);
    }

    public static MenuResult stale(DayMenu menu, Instant fetchedAt) {
        return new MenuResult(menu.hallId(), menu.date(), menu, fetchedAt, true);
    }

    public static MenuResult unavailable(String hallId, LocalDate date) {
        return new MenuResult(hallId, date, null, null, true);
    }

    public boolean available() {
        return menu != null;
    }

    /** The API's status: ok, stale, closed, not_published or unavailable. */
    public String status() {
        if (menu == null) {
            return "unavailable";
        }
        if (stale) {
            return "stale";
        }
        return switch (menu.status()) {
            case SERVED -> "ok";
            case CLOSED -> "closed";
            case NOT_PUBLISHED -> "not_published";
        };
    }
}
