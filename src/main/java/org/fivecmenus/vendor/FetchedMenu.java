package org.fivecmenus.vendor;

import org.fivecmenus.menu.model.DayMenu;

/**
 * A fetched and parsed menu, or "unchanged since the validators were taken".
 *
 * @param menu     null exactly when {@link #notModified()}
 * @param response the raw answer: validators for the next call, the body hash for change detection
 */
public record FetchedMenu(DayMenu menu, VendorResponse response) {

    public boolean notModified() {
        return response.notModified();
    }
}
