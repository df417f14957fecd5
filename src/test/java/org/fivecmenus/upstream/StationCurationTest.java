package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.StationRole;
import org.fivecmenus.upstream.bonappetit.BonAppetitStations;
import org.fivecmenus.upstream.pomona.PomonaStations;
import org.fivecmenus.upstream.sodexo.SodexoStations;
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
    void labelsHiddenStationsCatalogueAndPutsThemLastWhileKeepingEveryItemAndTheVendorSpelling() {
        List<Station> labelled = StationCuration.apply(BonAppetitStations.RULES, List.of(
                station("plant forward", 1, 0),
                station("expo- mongolian", 0, 34),
                station("@home", 2, 0),
                station("chef's table: pasta bar", 0, 26),
                station("breakfast @ home", 1, 6)), null);

        assertThat(labelled).extracting(Station::name).containsExactly("breakfast @ home", "@home", "plant forward",
                "expo- mongolian", "chef's table: pasta bar");
        assertThat(labelled).extracting(Station::role).containsExactly(StationRole.FEATURED, StationRole.FEATURED,
                StationRole.FEATURED, StationRole.CATALOGUE, StationRole.CATALOGUE);
        assertThat(labelled).extracting(s -> s.items().size()).containsExactly(7, 2, 1, 34, 26);
        assertThat(labelled.get(0).shown()).as("1 featured + the 3 others its truncation keeps").isEqualTo(4);
        assertThat(labelled).extracting(Station::shown).endsWith(0, 0);
    }

    @Test
    void bonAppetitsBreakfastCounterIsCatalogueAtLunchAndDinnerOnly() {
        List<Station> breakfast = List.of(station("breakfast", 0, 12));

        assertThat(StationCuration.apply(BonAppetitStations.RULES, breakfast, MealPeriod.BREAKFAST).get(0).role())
                .isEqualTo(StationRole.REGULAR);
        assertThat(StationCuration.apply(BonAppetitStations.RULES, breakfast, MealPeriod.BRUNCH).get(0).role())
                .isEqualTo(StationRole.REGULAR);
        Station atDinner = StationCuration.apply(BonAppetitStations.RULES, breakfast, MealPeriod.DINNER).get(0);
        assertThat(atDinner.role()).isEqualTo(StationRole.CATALOGUE);
        assertThat(atDinner.items()).as("still kept").hasSize(12);
    }

    @Test
    void aFeaturedDishOfACatalogueStationIsShown() {
        // Malott's "self serve salad bar" is featured at the hidden salad bar station.
        Station saladBar = StationCuration.apply(BonAppetitStations.RULES, List.of(station("salad bar", 1, 12)), null)
                .get(0);

        assertThat(saladBar.role()).isEqualTo(StationRole.CATALOGUE);
        assertThat(saladBar.shownItems()).extracting(Item::name).containsExactly("salad bar special 0");
        assertThat(saladBar.items()).hasSize(13);
    }

    @Test
    void truncationCountsOnlyNonFeaturedAndPutsFeaturedFirst() {
        Station grill = Station.of("grill", List.of(item("fries", false), item("burger", true),
                item("onion", false), item("patty", false), item("bun", false), item("special", true)));

        Station labelled = StationCuration.apply(BonAppetitStations.RULES, List.of(grill), null).get(0);

        // The grill rule applies to "grill" itself (not renamed to "grill special" first).
        assertThat(labelled.shownItems()).extracting(Item::name)
                .containsExactly("burger", "special", "fries", "onion", "patty");
        assertThat(labelled.items()).extracting(Item::name).as("nothing is dropped")
                .containsExactly("burger", "special", "fries", "onion", "patty", "bun");
    }

    @Test
    void mergesAliasesAtTheFirstPositionAndAppendsItems() {
        List<Station> curated = StationCuration.apply(BonAppetitStations.RULES, List.of(
                Station.of("ovens2", List.of(item("pizza", false))),
                Station.of("unlisted", List.of(item("x", false))),
                Station.of("ovens", List.of(item("scone", false), item("flatbread", true)))), null);

        assertThat(curated).extracting(Station::name).containsExactly("ovens", "unlisted");
        assertThat(curated.get(0).items()).extracting(Item::name).containsExactly("flatbread", "pizza", "scone");
    }

    @Test
    void aliasAloneTakesTheRuleName() {
        List<Station> curated = StationCuration.apply(SodexoStations.RULES, List.of(
                Station.of("Special Bar Salad- S", List.of(item("Spring Mix", false))),
                Station.of("Stew", List.of(item("Chili", false)))), null);

        assertThat(curated).extracting(Station::name).containsExactly("Special Salad Station", "Soups");
    }

    @Test
    void dropsPlaceholderItemsAndTheStationsLeftEmptyButKeepsAHiddenStationAsCatalogue() {
        List<Station> labelled = StationCuration.apply(SodexoStations.RULES, List.of(
                Station.of("Miscellaneous", List.of(item("Have A Nice Day", false))),
                Station.of("Have a Great Day", List.of(item("Soup", false))),
                Station.of("Grill", List.of(item("HAVE A GREAT DAY", false), item("Burger", false)))), null);

        assertThat(labelled).extracting(Station::name).containsExactly("Grill", "Have a Great Day");
        assertThat(labelled.get(0).items()).extracting(Item::name).containsExactly("Burger");
        assertThat(labelled.get(1).role()).isEqualTo(StationRole.CATALOGUE);
    }

    @Test
    void pomonaDessertsAndStationSuffixesMeetTheirRules() {
        List<Station> curated = StationCuration.apply(PomonaStations.RULES, List.of(
                Station.of("Desserts", List.of(item("Cake", false))),
                Station.of("Deli Bar", List.of(item("Deli", false))),
                Station.of("Soup Station", List.of(item("Miso", false))),
                Station.of("Expo Station", List.of(item("Tofu", false))),
                Station.of("Mainline", List.of(item("Rice", false)))), null);

        assertThat(curated).extracting(Station::name).containsExactly("Expo", "Mainline", "Soup", "Desserts",
                "Deli Bar");
    }

    @Test
    void noRulesKeepsEverythingInVendorOrderAndShowsIt() {
        List<Station> stations = List.of(station("salad bar", 0, 64), station("grill", 3, 10));

        List<Station> labelled = StationCuration.apply(StationRules.NONE, stations, null);

        assertThat(labelled).extracting(Station::items).containsExactly(stations.get(0).items(),
                stations.get(1).items());
        assertThat(labelled).extracting(Station::shown).containsExactly(64, 13);
        assertThat(labelled).extracting(Station::role).containsExactly(StationRole.REGULAR, StationRole.FEATURED);
    }

    private static Station station(String name, int featured, int catalogue) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < featured; i++) {
            items.add(item(name + " special " + i, true));
        }
        for (int i = 0; i < catalogue; i++) {
            items.add(item(name + " item " + i, false));
        }
        return Station.of(name, items);
    }

    private static Item item(String name, boolean featured) {
        return new Item(name, null, featured, List.of(), null, null);
    }
}
