package org.fivecmenus.vendor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivecmenus.menu.Item;
import org.fivecmenus.menu.Station;

/**
 * The one pipeline that applies {@link StationRules} to the stations of a meal, in the order vendors.md 4.3
 * fixes: drop placeholder items → merge aliases (first position wins, items appended) → hide → featured items
 * first → truncate (counting only non-featured items) → order → drop empty stations.
 */
public final class StationCuration {

    private StationCuration() {
    }

    public static List<Station> apply(StationRules rules, List<Station> stations) {
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

        List<Group> kept = new ArrayList<>();
        for (Group group : groups.values()) {
            if (!rules.hide().contains(group.key)) {
                kept.add(group);
            }
        }
        // List.sort is stable: unlisted stations keep their vendor order after the listed ones.
        kept.sort(Comparator.comparingInt(g -> rules.rank(g.key)));

        List<Station> curated = new ArrayList<>(kept.size());
        for (Group group : kept) {
            List<Item> items = featuredFirst(group.items);
            Integer limit = rules.truncate().get(group.key);
            if (limit != null) {
                items = truncate(items, limit);
            }
            if (!items.isEmpty()) {
                curated.add(new Station(group.displayName(), items));
            }
        }
        return curated;
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

    private static List<Item> truncate(List<Item> featuredFirst, int keepNonFeatured) {
        List<Item> out = new ArrayList<>();
        int nonFeatured = 0;
        for (Item item : featuredFirst) {
            if (item.featured()) {
                out.add(item);
            } else if (nonFeatured < keepNonFeatured) {
                out.add(item);
                nonFeatured++;
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
