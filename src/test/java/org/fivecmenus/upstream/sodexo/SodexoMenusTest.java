package org.fivecmenus.upstream.sodexo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fivecmenus.upstream.Captures.bytes;
import static org.fivecmenus.upstream.Captures.findItem;
import static org.fivecmenus.upstream.Captures.item;
import static org.fivecmenus.upstream.Captures.itemCount;
import static org.fivecmenus.upstream.Captures.items;
import static org.fivecmenus.upstream.Captures.keys;
import static org.fivecmenus.upstream.Captures.meal;
import static org.fivecmenus.upstream.Captures.names;
import static org.fivecmenus.upstream.Captures.station;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DaySource;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.StationRole;
import org.fivecmenus.upstream.Captures;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.StationRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Hoch from its saved page state (v0.2 item shape), plus four real v0.2 responses from another Sodexo
 * college for format variety. Counts were taken from the captures with an independent script.
 */
class SodexoMenusTest {

    private static final LocalDate HOCH_DAY = LocalDate.of(2025, 11, 15);

    private final SodexoMenus parser = new SodexoMenus();

    @Test
    void readsHochBrunchAndDinnerWithCuratedStations() throws Exception {
        DayMenu menu = parser.parse(Captures.hochV02(), "hoch", HOCH_DAY).curated();

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(keys(menu)).containsExactly("brunch", "dinner");
        Meal brunch = meal(menu, "brunch");
        assertThat(brunch.label()).isEqualTo("Brunch");
        assertThat(brunch.period()).isEqualTo(MealPeriod.BRUNCH);
        assertThat(brunch.startsAt()).as("Sodexo publishes no meal times").isNull();
        assertThat(brunch.endsAt()).isNull();
        // 48 items in 13 groups: the placeholder goes with its MISCELLANEOUS group, SPECIAL BAR SALAD- S
        // becomes Special Salad Station, GRILL keeps 3 of 13.
        assertThat(names(brunch)).containsExactly("Exhibition", "Oven", "Grill", "Special Salad Station",
                "Simple Servings", "Soup Bar", "HMC Special Salad", "Bakery", "Salad Bar Yogurt", "Chef Corner",
                "Grown Plant", "Vegetable");
        assertThat(itemCount(brunch)).isEqualTo(37);
        assertThat(station(brunch, "Grill").items()).extracting(Item::name)
                .containsExactly("Hard Boiled Egg", "Country-style Scrambled Eggs", "Cage Free Egg Whites");

        Meal dinner = meal(menu, "dinner");
        // 51 items in 15 groups; DELI BAR HMC is hidden.
        assertThat(names(dinner)).containsExactly("Exhibition", "Entree", "Oven", "Grill", "Special Salad Station",
                "Simple Servings", "Soup Bar", "HMC Special Salad", "Bakery", "Salad Bar Yogurt", "Chef Corner",
                "Entree - Meal", "Grown Plant");
        assertThat(itemCount(dinner)).isEqualTo(45);
    }

    private static final String HOCH_PAGE = "sodexo/synthetic/hoch-location-page_2025-11-15.html";

    @Test
    void todaysPageServesTheSameMealsAsTheApiMarkedAsReadFromTheLocationPage() throws Exception {
        DayMenu fromPage = parser.parseTodaysPage(bytes(HOCH_PAGE), "hoch", HOCH_DAY);

        assertThat(fromPage.source()).isEqualTo(DaySource.LOCATION_PAGE);
        assertThat(fromPage.meals()).isEqualTo(parser.parse(Captures.hochV02(), "hoch", HOCH_DAY).meals());
        assertThat(keys(fromPage)).containsExactly("brunch", "dinner");
    }

    @Test
    void aLocationPageWhoseOnlyMenuIsTheStubHasNoMenuPublished() throws Exception {
        String page = new String(bytes(HOCH_PAGE), StandardCharsets.UTF_8);
        // The page's real Menu fragment renamed away: what is left is the Location fragment's nameless stub.
        byte[] stubOnly = page.replace("\"type\":\"Menu\",\"content\":{\"main\":{\"name\":\"Hoch-Shanahan Dining "
                + "Commons Menu\",\"link\":{\"uri\":\"/en-us/locations/hoch-shanahan-dining-commons\"},\"sections\":[{\"name\"",
                "\"type\":\"Gone\",\"content\":{\"main\":{\"name\":\"x\",\"sections\":[{\"name\"")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(stubOnly).isNotEqualTo(bytes(HOCH_PAGE));

        assertThat(parser.parseTodaysPage(stubOnly, "hoch", HOCH_DAY).status()).isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void aPageWithoutPreloadedStateIsAParseFailureNotAnEmptyDay() {
        byte[] page = "<html><body><script>window.other = {};</script></body></html>".getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.parseTodaysPage(page, "hoch", HOCH_DAY))
                .isInstanceOf(MenuParseException.class).hasMessageContaining("__PRELOADED_STATE__");
    }

    @Test
    void dropsTheHaveANiceDayPlaceholderItem() throws Exception {
        DayMenu menu = parser.parse(Captures.hochV02(), "hoch", HOCH_DAY);

        assertThat(findItem(menu, "Have A Nice Day")).isEmpty();
        assertThat(menu.meals()).allSatisfy(m -> assertThat(names(m)).doesNotContain("Miscellaneous"));
    }

    @Test
    void readsHochFlagsAllergensAndCalories() throws Exception {
        DayMenu menu = parser.parse(Captures.hochV02(), "hoch", HOCH_DAY);

        Item nuggets = item(menu, "Veggie Chick'n Nuggets");
        assertThat(nuggets.tags()).containsExactly("vegan", "vegetarian", "plant-based", "mindful");
        assertThat(nuggets.allergens()).containsExactly("wheat", "soy", "gluten");
        assertThat(nuggets.calories()).isEqualTo(250);
        assertThat(nuggets.description()).isEqualTo("Plant based chick'n nuggets");
        assertThat(nuggets.featured()).isFalse();

        Item bagel = item(menu, "Plain Bagel");
        assertThat(bagel.tags()).as("plant-based without vegan").containsExactly("vegetarian", "plant-based");
        assertThat(bagel.allergens()).containsExactly("wheat", "gluten");
        assertThat(bagel.description()).as("null description").isNull();

        Item soup = item(menu, "Chicken Pozole Soup");
        assertThat(soup.tags()).containsExactly("mindful");
        assertThat(soup.allergens()).as("an empty list is 'none', not 'unknown'").isEmpty();
        assertThat(soup.calories()).isEqualTo(130);

        assertThat(item(menu, "Spring Mix").calories()).as("calories \"\"").isNull();
        assertThat(items(menu)).noneMatch(i -> i.tags().contains("gluten-free"));
    }

    @Test
    void keepsAfternoonSnackBetweenLunchAndDinner() throws Exception {
        DayMenu menu = parser.parse(bytes("sodexo/kshantigreene_cs365_2025_menu_2025-11-10.json"), "thomas",
                LocalDate.of(2025, 11, 10)).curated();

        assertThat(keys(menu)).containsExactly("breakfast", "lunch", "afternoon_snack", "dinner");
        Meal snack = meal(menu, "afternoon_snack");
        assertThat(snack.label()).isEqualTo("Afternoon Snack");
        assertThat(snack.period()).isNull();
        assertThat(names(snack)).containsExactly("Grill");
        assertThat(itemCount(snack)).isEqualTo(3);

        Meal breakfast = meal(menu, "breakfast");
        assertThat(names(breakfast)).containsExactly("Breakfast Pastry", "Continental B'fast", "Hot Breakfast",
                "Omelete Bar", "Waffle Bar");
        assertThat(itemCount(breakfast)).isEqualTo(14);
        Meal lunch = meal(menu, "lunch");
        assertThat(names(lunch)).containsExactly("Entree", "International", "Grill", "Soups", "Desserts",
                "Pizza/Pasta", "Starch", "Vegtarian/Vegan");
        assertThat(itemCount(lunch)).isEqualTo(15);
        assertThat(itemCount(meal(menu, "dinner"))).isEqualTo(15);
    }

    @Test
    void readsPeanutAndShellfish() throws Exception {
        DayMenu menu = parser.parse(bytes("sodexo/kshantigreene_cs365_2025_menu_2025-11-12.json"), "thomas",
                LocalDate.of(2025, 11, 12));

        Item padThai = item(menu, "Tofu Pad Thai");
        assertThat(padThai.allergens()).containsExactly("peanut", "wheat", "soy", "gluten");
        assertThat(padThai.tags()).containsExactly("vegan", "vegetarian", "plant-based", "mindful");
        assertThat(padThai.calories()).isEqualTo(370);
        assertThat(item(menu, "Shrimp Scampi").allergens()).containsExactly("milk", "shellfish");
        assertThat(item(menu, "Assorted Coffee Cakes & Breakfast Breads").allergens())
                .containsExactly("milk", "egg", "tree-nut", "wheat", "soy", "gluten");
    }

    @Test
    void readsNullDescriptions() throws Exception {
        DayMenu menu = parser.parse(bytes("sodexo/kshantigreene_cs365_2025_menu_2025-12-01.json"), "thomas",
                LocalDate.of(2025, 12, 1));

        Item broccoli = item(menu, "Fresh Broccoli Florets");
        assertThat(broccoli.description()).isNull();
        assertThat(broccoli.calories()).isEqualTo(10);
        assertThat(keys(menu)).containsExactly("breakfast", "lunch", "afternoon_snack", "dinner");
        assertThat(itemCount(meal(menu.curated(), "lunch"))).isEqualTo(20);
    }

    @Test
    void curatesTheMondayOfNovember17() throws Exception {
        DayMenu full = parser.parse(bytes("sodexo/kshantigreene_cs365_2025_menu_2025-11-17.json"), "thomas",
                LocalDate.of(2025, 11, 17));
        DayMenu menu = full.curated();

        assertThat(keys(menu)).containsExactly("breakfast", "lunch", "afternoon_snack", "dinner");
        Meal lunch = meal(menu, "lunch");
        // Deli and Salad Bar are hidden, the grill is cut to 3, and the "Have A Nice Day" placeholder is gone.
        assertThat(names(lunch)).containsExactly("Entree", "International", "Grill", "Soups", "Desserts",
                "Pizza/Pasta", "Vegtarian/Vegan");
        assertThat(itemCount(lunch)).isEqualTo(15);
        assertThat(items(menu)).noneMatch(i -> i.name().equals("Have A Nice Day"));
        Item stirFry = item(menu, "Asian Noodle Stir Fry");
        assertThat(stirFry.tags()).containsExactly("vegan", "vegetarian", "plant-based");
        assertThat(stirFry.allergens()).containsExactly("wheat", "soy", "sesame", "gluten");
        assertThat(stirFry.calories()).isEqualTo(150);
        assertThat(findItem(menu, "Garden Pasta Salad")).as("collapsed with the salad bar").isEmpty();
        assertThat(findItem(full, "Garden Pasta Salad")).as("yet kept").isPresent();
        assertThat(station(meal(full, "lunch"), "Salad Bar").role()).isEqualTo(StationRole.CATALOGUE);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2025-11-10", "2025-11-12", "2025-11-17", "2025-12-01"})
    void keepsEveryItemTheVendorListed(String date) throws Exception {
        byte[] capture = bytes("sodexo/kshantigreene_cs365_2025_menu_" + date + ".json");
        Captures.assertKeepsEveryItem(new SodexoMenus(StationRules.NONE).parse(capture, "thomas", LocalDate.parse(date)),
                parser.parse(capture, "thomas", LocalDate.parse(date)), SodexoStations.RULES.hideItems());
    }

    @Test
    void keepsEveryItemOfHoch() throws Exception {
        Captures.assertKeepsEveryItem(new SodexoMenus(StationRules.NONE).parse(Captures.hochV02(), "hoch", HOCH_DAY),
                parser.parse(Captures.hochV02(), "hoch", HOCH_DAY), SodexoStations.RULES.hideItems());
    }

    @Test
    void readsEveryCaptureWithoutError() throws Exception {
        for (String date : List.of("2025-11-10", "2025-11-12", "2025-11-17", "2025-12-01")) {
            DayMenu menu = parser.parse(bytes("sodexo/kshantigreene_cs365_2025_menu_" + date + ".json"), "thomas",
                    LocalDate.parse(date));
            assertThat(menu.meals()).as(date).hasSize(4);
        }
    }

    @Test
    void emptyArrayIsNotPublished() throws Exception {
        DayMenu menu = parser.parse("[]".getBytes(StandardCharsets.UTF_8), "hoch", HOCH_DAY);

        assertThat(menu.status()).isEqualTo(DayStatus.NOT_PUBLISHED);
        assertThat(menu.meals()).isEmpty();
    }

    @Test
    void toleratesTheNewerShapeVariant() throws Exception {
        // Another college, Oct 2026 (vendors.md 1): string allergen codes, menuItemId 0, Title case meals,
        // "contains" as strings, "" for addedSugar; plus entities and an explicit isGlutenFree.
        String body = """
                [ { "name": "Breakfast", "groups": [
                    { "name": "GRILL SCR", "sortOrder": 0, "items": [
                      { "course": "GRILL", "meal": "Breakfast", "menuItemId": 0, "formalName": "Eggs &amp; Toast",
                        "description": "Two eggs &amp; toast", "calories": "", "addedSugar": "",
                        "isVegan": false, "isVegetarian": true, "isPlantBased": false, "isMindful": false,
                        "isSwell": false, "isGlutenFree": false,
                        "allergens": [ { "allergen": "EGGS", "name": null, "child": false, "parentname": "" },
                                       { "allergen": "SO", "contains": "true" },
                                       { "allergen": "TREE_NUTS", "contains": "false" },
                                       { "allergen": 1 },
                                       { "allergen": "MUSTARD" } ] },
                      { "menuItemId": 0, "formalName": "Fruit Cup", "description": null, "calories": 60,
                        "isVegan": "true", "isGlutenFree": true, "allergens": [] } ] },
                    { "name": "-", "items": [ { "menuItemId": 0, "formalName": "Toast", "allergens": [] } ] },
                    { "name": "CHEF'S CORNER LTO'S AND SIDES", "items": [
                      { "menuItemId": 0, "formalName": "Hash Browns" } ] } ] } ]
                """;
        DayMenu menu = parser.parse(body.getBytes(StandardCharsets.UTF_8), "hoch", LocalDate.of(2026, 10, 1));

        Meal breakfast = meal(menu, "breakfast");
        assertThat(breakfast.label()).isEqualTo("Breakfast");
        assertThat(breakfast.period()).isEqualTo(MealPeriod.BREAKFAST);
        assertThat(names(breakfast)).containsExactly("Grill", "Miscellaneous", "Chef's Corner LTO's and Sides");
        Item eggs = item(menu, "Eggs & Toast");
        assertThat(eggs.description()).isEqualTo("Two eggs & toast");
        assertThat(eggs.calories()).isNull();
        assertThat(eggs.allergens()).containsExactly("milk", "egg", "soy", "MUSTARD");
        assertThat(eggs.tags()).containsExactly("vegetarian");
        Item fruit = item(menu, "Fruit Cup");
        assertThat(fruit.tags()).containsExactly("vegan", "vegetarian", "gluten-free");
        assertThat(fruit.calories()).isEqualTo(60);
        assertThat(item(menu, "Hash Browns").allergens()).as("no allergen list at all").isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "GRILL SCR | Grill",
            "-         | Miscellaneous",
            "'  '      | Miscellaneous",
            "''        | Miscellaneous"})
    void cleansSodexoStationNames(String vendor, String shown) {
        assertThat(SodexoMenus.stationName(vendor)).isEqualTo(shown);
    }
}
