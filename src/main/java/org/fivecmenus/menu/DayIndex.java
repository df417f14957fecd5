package org.fivecmenus.menu;

import jakarta.persistence.EntityManager;
import org.fivecmenus.menu.model.DayMenu;

/**
 * What else is kept of a day when it is stored, in the same transaction as the day: the dishes feature's
 * index. An interface so that menus need not know what is indexed or how.
 */
public interface DayIndex {

    /** Replaces whatever was indexed of the day's hall and date with this copy of it. */
    void replace(EntityManager em, DayMenu day);

    DayIndex NONE = (em, day) -> {
    };
}
