package org.fivecmenus.upstream;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * What a campus file changes in its vendor kind's station tables for one hall (docs/campus.md, "Stations"): the
 * kind's tables are written for the halls it was first built for, and another campus's cafés name and order their
 * stations their own way. Names are written as the vendor spells them, as in {@link StationRules}.
 *
 * @param hide         stations to show as catalogue (collapsed, featured dishes only), besides the kind's
 * @param show         stations the kind's tables make catalogue that this hall shows like the others
 * @param placeholders item names that are not dishes, dropped, besides the kind's
 * @param merge        display name → the station names that are that one station
 * @param order        the display order of this hall's stations, instead of the kind's; empty keeps the kind's
 * @param truncate     station → how many non-featured items the curated form shows
 * @param onlyAt       station → the meals at which it is a station like the others (catalogue at the rest)
 * @param moveTo       station → the meal it is really served at, wherever the vendor lists it
 */
public record StationChanges(List<String> hide, List<String> show, List<String> placeholders,
                             Map<String, List<String>> merge, List<String> order, Map<String, Integer> truncate,
                             Map<String, Set<MealPeriod>> onlyAt, Map<String, MealPeriod> moveTo) {

    /** The kind's tables as they are. */
    public static final StationChanges NONE = new StationChanges(List.of(), List.of(), List.of(), Map.of(),
            List.of(), Map.of(), Map.of(), Map.of());

    public StationChanges {
        hide = List.copyOf(hide);
        show = List.copyOf(show);
        placeholders = List.copyOf(placeholders);
        merge = Map.copyOf(merge);
        order = List.copyOf(order);
        truncate = Map.copyOf(truncate);
        onlyAt = Map.copyOf(onlyAt);
        moveTo = Map.copyOf(moveTo);
    }

    /** The kind's rules with these changes made; {@code show} is applied last, so it wins over a kind's hiding. */
    public StationRules applyTo(StationRules kind) {
        if (equals(NONE)) {
            return kind;
        }
        StationRules.Builder rules = kind.toBuilder()
                .hide(hide.toArray(String[]::new))
                .hideItems(placeholders.toArray(String[]::new));
        merge.forEach((into, aliases) -> rules.merge(into, aliases.toArray(String[]::new)));
        if (!order.isEmpty()) {
            rules.orderInstead(order.toArray(String[]::new));
        }
        truncate.forEach(rules::truncate);
        onlyAt.forEach((station, periods) -> rules.onlyAt(station, periods.toArray(MealPeriod[]::new)));
        moveTo.forEach(rules::moveTo);
        return rules.show(show.toArray(String[]::new)).build();
    }
}
