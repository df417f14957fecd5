package org.fivecmenus.upstream;

import java.time.LocalDate;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.menu.model.DayMenu;

/** Where a hall's menu for a date comes from: one vendor call, parsed into the normalised model. */
public interface MenuSource {

    /**
     * @param reason an operator's {@link FetchReason#REFETCH} always asks the vendor; otherwise a source may
     *               answer from a copy it just got for another date
     * @throws VendorException    the vendor could not be reached or answered with an error
     * @throws MenuParseException the vendor's answer could not be read
     */
    DayMenu fetch(String hallId, LocalDate date, FetchReason reason) throws VendorException, MenuParseException;

    /** Whose menu the hall's is: work in the background is bounded per vendor. */
    VendorKindName vendorOf(String hallId);
}
