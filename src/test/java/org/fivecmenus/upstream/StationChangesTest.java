package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.StationRole;
import org.fivecmenus.upstream.bonappetit.BonAppetitStations;
import org.junit.jupiter.api.Test;

/** A campus file's changes to a kind's station tables, as one hall's stations then come out. */
class StationChangesTest {

    private static final List<Station> DINNER = List.of(
            station("salad bar", 20), station("grill", 6), station("noodle bar", 5), station("sweets", 2),
            station("cookies", 1), station("breakfast", 12), station("late bites", 4));

    @Test
    void noChangesAreTheKindsTablesThemselves() {
        assertThat(StationChanges.NONE.applyTo(BonAppetitStations.RULES)).isSameAs(BonAppetitStations.RULES);
    }

    @Test
    void hiddenStationsAreCatalogueBesidesTheKindsAndShownOnesAreNoLonger() {
        StationChanges changes = new StationChanges(List.of("Noodle Bar"), List.of("Salad Bar", "Breakfast"),
                List.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of());

        List<Station> kinds = curate(BonAppetitStations.RULES, MealPeriod.DINNER);
        List<Station> halls = curate(changes.applyTo(BonAppetitStations.RULES), MealPeriod.DINNER);

        assertThat(roleOf(kinds, "salad bar")).isEqualTo(StationRole.CATALOGUE);
        assertThat(roleOf(kinds, "breakfast")).as("the kind's counter kept for breakfast").isEqualTo(StationRole.CATALOGUE);
        assertThat(roleOf(kinds, "noodle bar")).isEqualTo(StationRole.REGULAR);
        assertThat(roleOf(halls, "salad bar")).isEqualTo(StationRole.REGULAR);
        assertThat(roleOf(halls, "breakfast")).isEqualTo(StationRole.REGULAR);
        assertThat(roleOf(halls, "noodle bar")).isEqualTo(StationRole.CATALOGUE);
    }

    @Test
    void theHallsOrderReplacesTheKindsAndItsMergesTruncationsAndMovesAddToThem() {
        StationChanges changes = new StationChanges(List.of(), List.of(), List.of("Cookie"),
                Map.of("Desserts", List.of("Sweets", "Cookies")), List.of("Noodle Bar", "Desserts", "Grill"),
                Map.of("Noodle Bar", 1), Map.of(), Map.of("Late Bites", MealPeriod.LATE_NIGHT));
        StationRules rules = changes.applyTo(BonAppetitStations.RULES);

        List<Station> halls = curate(rules, MealPeriod.DINNER);

        assertThat(halls).extracting(Station::name).startsWith("noodle bar", "Desserts", "grill");
        assertThat(halls).extracting(Station::name).doesNotContain("cookies");
        assertThat(halls.get(1).items()).as("sweets and cookies are one station under the file's name, its placeholder dropped")
                .extracting(Item::name).containsExactly("sweets 0", "sweets 1", "cookies 0");
        assertThat(halls.get(0).shown()).isEqualTo(1);
        assertThat(rules.moveTo()).containsEntry(Text.key("late bites"), MealPeriod.LATE_NIGHT);
        assertThat(rules.truncate()).as("the kind's own truncations stay").containsEntry("grill", 3);
    }

    @Test
    void aHallMayLimitAStationToSomeMealsLikeTheKindsBreakfastCounter() {
        StationChanges changes = new StationChanges(List.of(), List.of(), List.of(), Map.of(), List.of(), Map.of(),
                Map.of("Grill", Set.of(MealPeriod.LUNCH)), Map.of());

        assertThat(roleOf(curate(changes.applyTo(BonAppetitStations.RULES), MealPeriod.DINNER), "grill"))
                .isEqualTo(StationRole.CATALOGUE);
        assertThat(roleOf(curate(changes.applyTo(BonAppetitStations.RULES), MealPeriod.LUNCH), "grill"))
                .isEqualTo(StationRole.REGULAR);
    }

    private static List<Station> curate(StationRules rules, MealPeriod period) {
        return StationCuration.apply(rules, DINNER, period);
    }

    private static StationRole roleOf(List<Station> stations, String name) {
        return stations.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().role();
    }

    private static Station station(String name, int items) {
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(item(name + " " + i, false));
        }
        if (name.equals("cookies")) {
            list.add(item("Cookie", false));
        }
        return Station.of(name, list);
    }

    private static Item item(String name, boolean featured) {
        return new Item(name, null, featured, List.of(), null, null);
    }
}
