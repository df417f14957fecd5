package org.fivecmenus.menu.model;

import java.util.List;
import java.util.Objects;

/**
 * A counter of a dining hall within one meal, with the vendor's display name and every item it listed there.
 *
 * @param role  how it is shown; {@link StationRole#REGULAR} for copies stored before stations had roles
 * @param shown how many of its items, from the first, the curated form shows: featured items come first and
 *              are always among them; the rest are behind "N more". Null reads as all of them (copies stored
 *              before curation became labels)
 */
public record Station(String name, StationRole role, Integer shown, List<Item> items) {

    public Station(String name, StationRole role, Integer shown, List<Item> items) {
        // Explicit, not compact: see DayMenu's constructor (stored stations are read with JSON-B too).
        this.name = Objects.requireNonNull(name, "name");
        this.items = List.copyOf(items);
        this.role = role == null ? StationRole.REGULAR : role;
        this.shown = shown == null ? this.items.size() : shown;
        if (this.shown < 0 || this.shown > this.items.size()) {
            throw new IllegalArgumentException("shown " + this.shown + " of " + this.items.size() + " items at " + name);
        }
    }

    /** A regular station showing everything: how parsers hand stations to curation. */
    public static Station of(String name, List<Item> items) {
        return new Station(name, StationRole.REGULAR, null, items);
    }

    /** The items the curated form shows. */
    public List<Item> shownItems() {
        return items.subList(0, shown);
    }
}
