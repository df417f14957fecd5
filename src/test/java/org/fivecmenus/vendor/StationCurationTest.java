package org.fivecmenus.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fivecmenus.menu.Item;
import org.fivecmenus.menu.Station;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pipeline of vendors.md 4.3 and the earlier implementation's bugs it must not repeat. */
class StationCurationTest {

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "@home                        | home",
            "@ home                       | @home",
            "<strong>@@home</strong>      | @home",
            "breakfast @ home             | breakfast @home",
            "expo- mongolian              | expo - mongolian",
            "chef's table: pasta bar      | chef's table - pasta bar",
            "pasta-express                | pasta - express",
            "vegan- hummus &amp; pita     | vegan - hummus & pita",
            "SPECIAL BAR SALAD- S         | special bar salad-s",
            "Entrée                       | entree",
            "Desserts                     | desserts"})
    void stationNamesMatchAcrossPunctuationCaseAndAccents(String vendorName, String ruleName) {
        assertThat(Text.key(vendorName)).isEqualTo(Text.key(ruleName));
    }

    @Test
    void hidesAliasesAndOrdersByKeyWhileKeepingVendorSpelling() {
        List<Station> curated = StationCuration.apply(StationRules.BON_APPETIT, List.of(
                station("plant forward", 1, 0),
                station("expo- mongolian", 0, 34),
                station("@home", 2, 0),
                station("chef's table: pasta bar", 0, 26),
                station("breakfast @ home", 1, 6)));

        assertThat(curated).extracting(Station::name).containsExactly("breakfast @ home", "@home", "plant forward");
        assertThat(curated.get(0).items()).as("1 featured + 3 catalogue items").hasSize(4);
    }

    @Test
    void truncationCountsOnlyNonFeaturedAndPutsFeaturedFirst() {
        Station grill = new Station("grill", List.of(item("fries", false), item("burger", true),
                item("onion", false), item("patty", false), item("bun", false), item("special", true)));

        List<Station> curated = StationCuration.apply(StationRules.BON_APPETIT, List.of(grill));

        // The grill rule applies to "grill" itself (not renamed to "grill special" first).
        assertThat(curated.get(0).items()).extracting(Item::name)
                .containsExactly("burger", "special", "fries", "onion", "patty");
    }

    @Test
    void mergesAliasesAtTheFirstPositionAndAppendsItems() {
        List<Station> curated = StationCuration.apply(StationRules.BON_APPETIT, List.of(
                new Station("ovens2", List.of(item("pizza", false))),
                new Station("unlisted", List.of(item("x", false))),
                new Station("ovens", List.of(item("scone", false), item("flatbread", true)))));

        assertThat(curated).extracting(Station::name).containsExactly("ovens", "unlisted");
        assertThat(curated.get(0).items()).extracting(Item::name).containsExactly("flatbread", "pizza", "scone");
    }

    @Test
    void aliasAloneTakesTheRuleName() {
        List<Station> curated = StationCuration.apply(StationRules.SODEXO, List.of(
                new Station("Special Bar Salad- S", List.of(item("Spring Mix", false))),
                new Station("Stew", List.of(item("Chili", false)))));

        assertThat(curated).extracting(Station::name).containsExactly("Special Salad Station", "Soups");
    }

    @Test
    void hidesPlaceholderItemsNotStationsAndDropsEmptyStations() {
        List<Station> curated = StationCuration.apply(StationRules.SODEXO, List.of(
                new Station("Miscellaneous", List.of(item("Have A Nice Day", false))),
                new Station("Have a Great Day", List.of(item("Soup", false))),
                new Station("Grill", List.of(item("HAVE A GREAT DAY", false), item("Burger", false)))));

        assertThat(curated).extracting(Station::name).containsExactly("Grill");
        assertThat(curated.get(0).items()).extracting(Item::name).containsExactly("Burger");
    }

    @Test
    void pomonaDessertsAndStationSuffixesMeetTheirRules() {
        List<Station> curated = StationCuration.apply(StationRules.POMONA, List.of(
                new Station("Desserts", List.of(item("Cake", false))),
                new Station("Deli Bar", List.of(item("Deli", false))),
                new Station("Soup Station", List.of(item("Miso", false))),
                new Station("Expo Station", List.of(item("Tofu", false))),
                new Station("Mainline", List.of(item("Rice", false)))));

        assertThat(curated).extracting(Station::name).containsExactly("Expo", "Mainline", "Soup", "Desserts",
                "Deli Bar");
    }

    @Test
    void noRulesKeepsEverythingInVendorOrder() {
        List<Station> stations = List.of(station("salad bar", 0, 64), station("grill", 3, 10));

        assertThat(StationCuration.apply(StationRules.NONE, stations)).isEqualTo(stations);
    }

    private static Station station(String name, int featured, int catalogue) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < featured; i++) {
            items.add(item(name + " special " + i, true));
        }
        for (int i = 0; i < catalogue; i++) {
            items.add(item(name + " item " + i, false));
        }
        return new Station(name, items);
    }

    private static Item item(String name, boolean featured) {
        return new Item(name, null, featured, List.of(), null, null);
    }
}
