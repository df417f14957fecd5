package org.fivecmenus.menu;

import java.util.List;
import java.util.Objects;

/** A counter of a dining hall within one meal, with the vendor's display name. */
public record Station(String name, List<Item> items) {

    public Station {
        Objects.requireNonNull(name, "name");
        items = List.copyOf(items);
    }
}
