package org.fivecmenus.menu;

import java.time.Instant;
import java.time.LocalDate;
import org.fivecmenus.menu.model.DayMenu;

/**
 * A day's menu as served to a request: fresh from the vendor or the cache, the last stored copy when the
 * vendor fails (stale), nothing at all (unavailable), or, for a page that would not wait any longer, nothing
 * yet while the vendor is still being asked (loading).
 *
 * @param menu      null when unavailable
 * @param fetchedAt when the vendor gave this copy; null when unavailable
 */
public record ServedDay(String hallId, LocalDate date, DayMenu menu, Instant fetchedAt, boolean stale) {

    public static ServedDay fresh(DayMenu menu, Instant fetchedAt) {
        return new ServedDay(menu.hallId(), menu.date(), menu, fetchedAt, false);
    }

    public static ServedDay stale(DayMenu menu, Instant fetchedAt) {
        return new ServedDay(menu.hallId(), menu.date(), menu, fetchedAt, true);
    }

    public static ServedDay unavailable(String hallId, LocalDate date) {
        return new ServedDay(hallId, date, null, null, true);
    }

    /**
     * Still being fetched when a page stopped waiting, or when a request was turned away because enough
     * already wait for the fetch; never cached. The API answers it 503 with a short Retry-After.
     */
    public static ServedDay loading(String hallId, LocalDate date) {
        return new ServedDay(hallId, date, null, null, false);
    }

    public boolean available() {
        return menu != null;
    }

    public MenuStatus status() {
        if (menu == null) {
            return stale ? MenuStatus.UNAVAILABLE : MenuStatus.LOADING;
        }
        if (stale) {
            return MenuStatus.STALE;
        }
        return switch (menu.status()) {
            case SERVED -> MenuStatus.OK;
            case CLOSED -> MenuStatus.CLOSED;
            case NOT_PUBLISHED -> MenuStatus.NOT_PUBLISHED;
        };
    }
}
