package org.fivecmenus.upstream;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * A vendor's station curation as data (docs/vendors.md 4.3): which stations are catalogue, which names are one
 * station, the display order, and how many non-featured items to show before "N more". {@link StationCuration}
 * applies them as labels: nothing the vendor listed is dropped but the placeholder items. Entries are written as the vendor spells them and
 * compared by {@link Text#key(String)}, so punctuation and case variants of one name match one entry.
 * The tables are the inherited rules, minus the earlier implementation's bugs (see docs/vendors.md).
 *
 * @param hide      station keys that are {@code catalogue}: shown collapsed, in the curated form only their
 *                  featured dishes (the earlier system hid them)
 * @param hideItems item name keys that are placeholders, not dishes (Sodexo's "Have A Nice Day"): dropped
 * @param merge     alias key → display name of the station it joins
 * @param order     station keys in display order; unlisted stations follow in vendor order
 * @param truncate  station key → number of non-featured items shown before "N more"; featured items always are
 * @param onlyAt    station key → the meal periods at which it is a station like the others; at any other meal
 *                  it is catalogue (Bon Appétit lists its breakfast counter at dinner too)
 * @param moveTo    station key → the period of the meal it is really served at, wherever the vendor lists it
 *                  (Collins lists its late-night snack counter at dinner)
 * @param shownWithoutARule how many items a station with neither a truncation rule nor a featured dish shows
 *                  before "N more" (one with featured dishes shows those); null: every item of every station
 */
public record StationRules(Set<String> hide, Set<String> hideItems, Map<String, String> merge, List<String> order,
                           Map<String, Integer> truncate, Map<String, Set<MealPeriod>> onlyAt,
                           Map<String, MealPeriod> moveTo, Integer shownWithoutARule) {

    /** What the vendor tables show of a station they say nothing of, the same for every vendor. */
    static final int SHOWN_WITHOUT_A_RULE = 8;

    public StationRules {
        hide = Set.copyOf(hide);
        hideItems = Set.copyOf(hideItems);
        merge = Map.copyOf(merge);
        order = List.copyOf(order);
        truncate = Map.copyOf(truncate);
        onlyAt = Map.copyOf(onlyAt);
        moveTo = Map.copyOf(moveTo);
    }

    /** Whether a station is catalogue at a meal of this period (null: a meal of no known period). */
    boolean catalogueAt(String key, MealPeriod period) {
        if (hide.contains(key)) {
            return true;
        }
        Set<MealPeriod> at = onlyAt.get(key);
        return at != null && !at.contains(period);
    }

    /** Shows every station as the vendor sends it, merging only identical names. */
    public static final StationRules NONE = new StationRules(Set.of(), Set.of(), Map.of(), List.of(), Map.of(),
            Map.of(), Map.of(), null);

    /** Where a station key sorts: its index in {@link #order()}, or after every listed station. */
    int rank(String key) {
        int i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these rules, to change (a campus file's {@link StationChanges}). */
    Builder toBuilder() {
        Builder builder = new Builder();
        builder.hide.addAll(hide);
        builder.hideItems.addAll(hideItems);
        builder.merge.putAll(merge);
        builder.order.addAll(order);
        builder.truncate.putAll(truncate);
        builder.onlyAt.putAll(onlyAt);
        builder.moveTo.putAll(moveTo);
        builder.shownWithoutARule = shownWithoutARule;
        return builder;
    }

    /** Builds rules from names as vendors spell them; every name is stored as its key. */
    public static final class Builder {
        private final Set<String> hide = new LinkedHashSet<>();
        private final Set<String> hideItems = new LinkedHashSet<>();
        private final Map<String, String> merge = new LinkedHashMap<>();
        private final Set<String> order = new LinkedHashSet<>();
        private final Map<String, Integer> truncate = new LinkedHashMap<>();
        private final Map<String, Set<MealPeriod>> onlyAt = new LinkedHashMap<>();
        private final Map<String, MealPeriod> moveTo = new LinkedHashMap<>();
        private Integer shownWithoutARule = SHOWN_WITHOUT_A_RULE;

        private Builder() {
        }

        public Builder hide(String... stations) {
            for (String s : stations) {
                hide.add(Text.key(s));
            }
            return this;
        }

        public Builder hideItems(String... items) {
            for (String s : items) {
                hideItems.add(Text.key(s));
            }
            return this;
        }

        public Builder merge(String into, String... aliases) {
            for (String alias : aliases) {
                String key = Text.key(alias);
                // A self-alias ("Entrée" into "Entree") is a no-op, not a rename.
                if (!key.equals(Text.key(into))) {
                    merge.put(key, into);
                }
            }
            return this;
        }

        /** Makes stations that {@link #hide} or {@link #onlyAt} made catalogue stations like the others. */
        public Builder show(String... stations) {
            for (String s : stations) {
                hide.remove(Text.key(s));
                onlyAt.remove(Text.key(s));
            }
            return this;
        }

        /** Replaces the display order given so far. */
        public Builder orderInstead(String... stations) {
            order.clear();
            return order(stations);
        }

        public Builder order(String... stations) {
            for (String s : stations) {
                order.add(Text.key(s));
            }
            return this;
        }

        public Builder truncate(String station, int keepNonFeatured) {
            if (keepNonFeatured < 0) {
                throw new IllegalArgumentException("Hide the station instead of truncating to " + keepNonFeatured);
            }
            truncate.put(Text.key(station), keepNonFeatured);
            return this;
        }

        public Builder onlyAt(String station, MealPeriod... periods) {
            onlyAt.put(Text.key(station), Set.of(periods));
            return this;
        }

        public Builder moveTo(String station, MealPeriod period) {
            moveTo.put(Text.key(station), period);
            return this;
        }

        public StationRules build() {
            return new StationRules(hide, hideItems, merge, List.copyOf(order), truncate, onlyAt, moveTo,
                    shownWithoutARule);
        }
    }
}
