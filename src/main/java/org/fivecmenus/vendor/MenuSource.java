package org.fivecmenus.vendor;

import java.time.LocalDate;
import org.fivecmenus.menu.DayMenu;

/** Where a hall's menu for a date comes from: one vendor call, parsed into the normalised model. */
public interface MenuSource {

    /**
     * @throws VendorException    the vendor could not be reached or answered with an error
     * @throws MenuParseException the vendor's answer could not be read
     */
    DayMenu fetch(String hallId, LocalDate date) throws VendorException, MenuParseException;
}
