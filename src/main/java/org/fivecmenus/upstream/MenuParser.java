package org.fivecmenus.upstream;

import java.time.LocalDate;
import org.fivecmenus.menu.model.DayMenu;

/**
 * Turns one vendor response into the normalised menu of one hall and date. Implementations are pure: no I/O,
 * no clock, same bytes and date give the same menu, so they are tested on saved captures.
 */
public interface MenuParser {

    /**
     * @param body   the response body exactly as received
     * @param hallId our hall id, for the result and for error messages
     * @param date   the service date asked for; multi-day feeds are filtered to it
     * @return SERVED, CLOSED or NOT_PUBLISHED; never null
     * @throws MenuParseException when the body is not what the vendor normally sends
     */
    DayMenu parse(byte[] body, String hallId, LocalDate date) throws MenuParseException;
}
