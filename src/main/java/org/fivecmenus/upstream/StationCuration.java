package org.fivecmenus.upstream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.StationRole;

/**
 * The one pipeline that applies {@link StationRules} to the stations of a meal, as labels: nothing the vendor
 * listed is dropped but its placeholder items ("Have A Nice Day"), and what the rules used to cut is marked.
 * In order: drop placeholder items → merge aliases (first position wins, items appended) → featured items
 * first → role (a hidden station is {@link StationRole#CATALOGUE}, one with a featured dish
 * {@link StationRole#FEATURED}) → how many items the curated form shows (a truncated station its featured
 * items and the first N others, a catalogue station its featured items only, any other all) → order, with
 * catalogue stations after the rest → drop empty stations.
 */
public final class StationCuration {

    private StationCuration() {
    }

    /** The stations of one meal of this period (null when the meal names none), labelled. */
    public static List<Station> apply(StationRules rules, List<Station> stations, MealPeriod period) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Station station : stations) {
            String key = Text.key(station.name());
            String alias = rules.merge().get(key);
            String target = alias == null ? key : Text.key(alias);
            Group group = groups.computeIfAbsent(target, t -> new Group(t, alias));
            if (key.equals(target) && group.vendorName == null) {
                // The station's own spelling wins over the rule's: display names keep the vendor text.
                group.vendorName = station.name();
            }
            for (Item item : station.items()) {
                if (!rules.hideItems().contains(Text.key(item.name()))) {
                    group.items.add(item);
                }
            }
        }

        List<Group> all = new ArrayList<>(groups.values());
        // List.sort is stable: unlisted stations keep their vendor order after the listed ones.
        all.sort(Comparator.comparing((Group g) -> rules.catalogueAt(g.key, period))
                .thenComparingInt(g -> rules.rank(g.key)));

        List<Station> labelled = new ArrayList<>(all.size());
        for (Group group : all) {
            if (group.items.isEmpty()) {
                continue;
            }
            List<Item> items = featuredFirst(group.items);
            int featured = (int) items.stream().filter(Item::featured).count();
            StationRole role;
            int shown;
            if (rules.catalogueAt(group.key, period)) {
                role = StationRole.CATALOGUE;
                shown = featured;
            } else {
                role = featured > 0 ? StationRole.FEATURED : StationRole.REGULAR;
                Integer limit = rules.truncate().get(group.key);
                if (limit != null) {
                    shown = Math.min(items.size(), featured + limit);
                } else {
                    // A station the tables say nothing of: its featured dishes, else its first few.
                    Integer few = rules.shownWithoutARule();
                    shown = few == null ? items.size() : featured > 0 ? featured : Math.min(items.size(), few);
                }
            }
            labelled.add(new Station(group.displayName(), role, shown, items));
        }
        return labelled;
    }

    private static List<Item> featuredFirst(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        for (Item item : items) {
            if (item.featured()) {
                out.add(item);
            }
        }
        for (Item item : items) {
            if (!item.featured()) {
                out.add(item);
            }
        }
        return out;
    }

    private static final class Group {
        final String key;
        final String ruleName;
        String vendorName;
        final List<Item> items = new ArrayList<>();

        Group(String key, String ruleName) {
            this.key = key;
            this.ruleName = ruleName;
        }

        String displayName() {
            return vendorName != null ? vendorName : ruleName;
        }
    }
}
