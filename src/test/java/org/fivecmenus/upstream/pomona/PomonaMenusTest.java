package org.fivecmenus.upstream.pomona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fivecmenus.upstream.Captures.bytes;
import static org.fivecmenus.upstream.Captures.findItem;
import static org.fivecmenus.upstream.Captures.item;
import static org.fivecmenus.upstream.Captures.itemCount;
import static org.fivecmenus.upstream.Captures.jsonp;
import static org.fivecmenus.upstream.Captures.keys;
import static org.fivecmenus.upstream.Captures.meal;
import static org.fivecmenus.upstream.Captures.names;
import static org.fivecmenus.upstream.Captures.station;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.upstream.Captures;
import org.fivecmenus.upstream.StationRules;
import org.junit.jupiter.api.Test;

/**
 * The three real Eatec feeds of the week of Mon 2025-12-01, wrapped in JSONP as the live feed is. Counts were
 * taken from the captures with an independent script.
 */
class PomonaMenusTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);

    private final PomonaMenus parser = new PomonaMenus();

    @Test
    void readsFrankBrunchMenuAsBrunchWithCuratedStations() throws Exception {
        DayMenu menu = parser.parse(jsonp(bytes(Captures.FRANK)), "frank", MONDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(keys(menu)).containsExactly("brunch", "dinner");
        Meal brunch = meal(menu, "brunch");
        // Records say "Breakfast"; their menu is named "Frank FALL 2025  Week 2 Brunch DEC 1".
        assertThat(brunch.label()).isEqualTo("Brunch");
        assertThat(brunch.period()).isEqualTo(MealPeriod.BRUNCH);
        assertThat(brunch.startsAt()).isNull();
        assertThat(names(brunch)).containsExactly("Expo", "Grill", "Mainline", "Pizza", "Salad Bar", "Soup",
                "Desserts", "Outdoor Grill", "Deli Bar");
        assertThat(itemCount(brunch)).isEqualTo(51);
        assertThat(station(brunch, "Expo").items()).hasSize(12);

        Meal dinner = meal(menu, "dinner");
        assertThat(names(dinner)).containsExactly("Expo", "Grill", "Mainline", "Pizza", "Salad Bar", "Soup",
                "Desserts", "Deli Bar");
        assertThat(itemCount(dinner)).isEqualTo(32);
    }

    @Test
    void readsPlainJsonLikeJsonp() throws Exception {
        assertThat(parser.parse(bytes(Captures.FRANK), "frank", MONDAY))
                .isEqualTo(parser.parse(jsonp(bytes(Captures.FRANK)), "frank", MONDAY));
    }

    @Test
    void readsTagsAllergensAndApprovedCalories() throws Exception {
        DayMenu menu = parser.parse(jsonp(bytes(Captures.FRANK)), "frank", MONDAY);

        Item chicken = item(menu, "Grilled Halal Chicken Breast");
        assertThat(chicken.tags()).containsExactly("gluten-free", "halal", "contains-poultry");
        assertThat(chicken.allergens()).isEmpty();
        assertThat(chicken.calories()).isEqualTo(217);
        Item penne = item(menu, "Penne Pasta");
        assertThat(penne.tags()).as("vegan implies vegetarian").containsExactly("vegan", "vegetarian");
        assertThat(penne.allergens()).containsExactly("wheat");
        assertThat(penne.calories()).as("141.78 rounded").isEqualTo(142);
        assertThat(penne.description()).as("@itemDailyComment is empty").isNull();
        assertThat(item(menu, "Italian Meatballs").allergens()).containsExactly("milk", "egg", "wheat");
        // @approvedNutrition "No": the feed says 25243.5 kcal for a cupcake.
        assertThat(item(menu, "Blueberry Cheesecake Cupcake").calories()).isNull();
        assertThat(item(menu, "ZERO ZONE - Dishes that are Free of Big 9 Allergens per the FDA").calories())
                .as("no @nutrients").isNull();
    }

    @Test
    void readsSpecificTreeNutsAsTreeNut() throws Exception {
        DayMenu frank = parser.parse(jsonp(bytes(Captures.FRANK)), "frank", MONDAY.plusDays(1));
        assertThat(item(frank, "Southern Thai Curry Grilled Chicken").allergens()).containsExactly("tree-nut");
        DayMenu oldenborg = parser.parse(jsonp(bytes(Captures.OLDENBORG)), "oldenborg", MONDAY.plusDays(2));
        assertThat(item(oldenborg, "Garlic Green Beans Almondine").allergens()).containsExactly("tree-nut");
    }

    @Test
    void keepsNamesWholeAndCollapsesSpaces() throws Exception {
        DayMenu menu = parser.parse(jsonp(bytes(Captures.FRANK)), "frank", MONDAY);

        Meal brunch = meal(menu, "brunch");
        assertThat(station(brunch, "Deli Bar").items()).extracting(Item::name).containsExactly(
                "DELI BAR - Sandwich Fixings and More; Sliced Meats, Veggies, Cheeses, Mayo, Hummus, Spreads, Tuna "
                        + "Salad, Egg Salad, Assorted Sandwich Breads");
        assertThat(findItem(menu, "Breakfast Eggroll with Bacon, Egg, Cheese, Hash Brown")).isPresent();
        assertThat(findItem(menu, "Sweet Sour Tofu")).as("double space where & was lost").isPresent();
        assertThat(findItem(menu, "ALLERGEN FRIENDLY STATION (Dishes that Contain No Eggs, No Gluten, No Milk)"))
                .as("an item of Expo, not a station").isPresent();
    }

    @Test
    void closedRecordsOnlyMeanClosed() throws Exception {
        byte[] feed = jsonp(bytes(Captures.FRANK));

        assertThat(parser.parse(feed, "frank", LocalDate.of(2025, 12, 5)).status()).isEqualTo(DayStatus.CLOSED);
        assertThat(parser.parse(feed, "frank", LocalDate.of(2025, 12, 6)).status()).isEqualTo(DayStatus.CLOSED);
        assertThat(parser.parse(feed, "frank", LocalDate.of(2025, 12, 7)).status()).isEqualTo(DayStatus.SERVED);
    }

    @Test
    void dateOutsideTheFeedIsNotPublished() throws Exception {
        byte[] feed = jsonp(bytes(Captures.OLDENBORG));

        assertThat(parser.parse(feed, "oldenborg", LocalDate.of(2025, 12, 8)).status())
                .isEqualTo(DayStatus.NOT_PUBLISHED);
        assertThat(parser.parse(feed, "oldenborg", LocalDate.of(2025, 11, 30)).status())
                .isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void ignoresAClosedRecordBesideMeals() throws Exception {
        // Sunday 2025-12-07 at Frary: Breakfast, Dinner and one Closed record.
        DayMenu menu = parser.parse(jsonp(bytes(Captures.FRARY)), "frary", LocalDate.of(2025, 12, 7));

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(keys(menu)).containsExactly("brunch", "dinner");
        assertThat(meal(menu, "brunch").stations()).hasSize(7);
        assertThat(itemCount(meal(menu, "brunch"))).isEqualTo(31);
        assertThat(meal(menu, "dinner").stations()).hasSize(6);
        assertThat(itemCount(meal(menu, "dinner"))).isEqualTo(24);
    }

    @Test
    void readsFraryWeekdayBreakfastAsBreakfast() throws Exception {
        DayMenu menu = parser.parse(jsonp(bytes(Captures.FRARY)), "frary", MONDAY);

        assertThat(keys(menu)).containsExactly("breakfast", "lunch", "dinner");
        Meal breakfast = meal(menu, "breakfast");
        assertThat(breakfast.period()).isEqualTo(MealPeriod.BREAKFAST);
        assertThat(names(breakfast)).containsExactly("Expo", "Grill", "Mainline", "Salad Bar", "Soup", "Desserts");
        assertThat(itemCount(breakfast)).isEqualTo(14);
        assertThat(itemCount(meal(menu, "lunch"))).isEqualTo(28);
        assertThat(itemCount(meal(menu, "dinner"))).isEqualTo(25);
    }

    @Test
    void readsFraryWeekendBreakfastAsBrunchFromTheHoursHint() throws Exception {
        LocalDate saturday = LocalDate.of(2025, 12, 6);

        assertThat(keys(parser.parse(jsonp(bytes(Captures.FRARY)), "frary", saturday)))
                .containsExactly("brunch", "dinner");
        PomonaMenus withoutHours = new PomonaMenus(PomonaStations.RULES, (hall, date) -> false);
        assertThat(keys(withoutHours.parse(jsonp(bytes(Captures.FRARY)), "frary", saturday)))
                .containsExactly("breakfast", "dinner");
    }

    @Test
    void readsOldenborgLunchAndWeekendClosure() throws Exception {
        byte[] feed = jsonp(bytes(Captures.OLDENBORG));

        DayMenu thursday = parser.parse(feed, "oldenborg", LocalDate.of(2025, 12, 4));
        assertThat(keys(thursday)).containsExactly("lunch");
        Meal lunch = meal(thursday, "lunch");
        assertThat(names(lunch)).containsExactly("Expo", "Mainline", "Pizza", "Salad Bar", "Soup", "Panini Station");
        assertThat(itemCount(lunch)).isEqualTo(12);
        Item gyoza = item(thursday, "Pork Chicken Gyoza Dumplings");
        assertThat(gyoza.tags()).containsExactly("contains-pork", "contains-poultry");
        assertThat(gyoza.allergens()).containsExactly("milk", "egg", "wheat", "soy", "sesame");
        assertThat(gyoza.calories()).as("not approved").isNull();

        assertThat(parser.parse(feed, "oldenborg", LocalDate.of(2025, 12, 6)).status()).isEqualTo(DayStatus.CLOSED);
        assertThat(parser.parse(feed, "oldenborg", LocalDate.of(2025, 12, 7)).status()).isEqualTo(DayStatus.CLOSED);
    }

    @Test
    void readsTheSyntheticFeedsWithYAndN() throws Exception {
        DayMenu frank = parser.parse(jsonp(bytes("pomona/synthetic/frank_2026-02-07.json")), "frank",
                LocalDate.of(2026, 2, 7));
        assertThat(keys(frank)).containsExactly("breakfast", "lunch", "dinner");
        assertThat(names(meal(frank, "lunch"))).containsExactly("Entree", "Expo", "Grill", "Pizza", "Salad Bar",
                "Vegan/Veggie", "Soup", "Dessert");
        assertThat(itemCount(meal(frank, "lunch"))).isEqualTo(10);
        assertThat(findItem(frank, "Hidden Item")).as("@displayonwebsite N").isEmpty();
        assertThat(item(frank, "Pancakes, French Toast").tags()).containsExactly("vegetarian");
        assertThat(item(frank, "Pancakes, French Toast").allergens()).as("no allergen data").isNull();

        DayMenu sunday = parser.parse(jsonp(bytes("pomona/synthetic/frank_2026-02-07.json")), "frank",
                LocalDate.of(2026, 2, 8));
        assertThat(keys(sunday)).containsExactly("lunch");

        DayMenu frary = parser.parse(bytes("pomona/synthetic/frary_2026-02-07.json"), "frary",
                LocalDate.of(2026, 2, 7));
        assertThat(keys(frary)).containsExactly("brunch", "lunch", "dinner");
        assertThat(item(frary, "Lamb Stew").tags()).as("single recipe object").isEmpty();
        assertThat(item(frary, "Rice Bowl").tags()).containsExactly("vegan", "vegetarian");

        DayMenu oldenborg = parser.parse(bytes("pomona/synthetic/oldenborg_2026-02-07.json"), "oldenborg",
                LocalDate.of(2026, 2, 7));
        assertThat(names(meal(oldenborg, "lunch"))).containsExactly("Entree", "Salad", "Soup", "Dessert");
        assertThat(findItem(oldenborg, "Pasta/Salad, Bread")).isPresent();
    }

    @Test
    void readsSingleObjectsWhereArraysAreExpected() throws Exception {
        String feed = """
                /**/ menuData({"EatecExchange": {"menu": {
                  "@servedate": "20251201", "@mealperiodname": "Dinner", "@name": "X Dinner",
                  "nutrients": "Protein (g)~PRO|Calories (kcal)~CAL",
                  "recipes": {"recipe": {"@category": "Soup Station", "@shortName": " Tomato  Soup ",
                    "@displayonwebsite": "yes", "@approvedNutrition": "Yes", "@nutrients": "4.0|  99.6",
                    "allergens": {"allergen": {"@id": "Milk", "#text": "Yes"}},
                    "dietaryChoices": {"dietaryChoice": {"@id": "Vegetarian", "#text": "Yes"}},
                    "sustainability": {"dietaryChoice": [{"@id": "Local", "#text": "Yes"},
                                                         {"@id": "Humanely Raised", "#text": "Yes"}]}}}}}});
                """;
        DayMenu menu = parser.parse(feed.getBytes(StandardCharsets.UTF_8), "frank", MONDAY);

        Meal dinner = meal(menu, "dinner");
        assertThat(names(dinner)).containsExactly("Soup");
        Item soup = item(menu, "Tomato Soup");
        assertThat(soup.allergens()).containsExactly("milk");
        assertThat(soup.tags()).containsExactly("vegetarian", "humane", "Local");
        assertThat(soup.calories()).as("calories found by ~CAL, not position 0").isEqualTo(100);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({"frank, " + Captures.FRANK + ", 2025-12-01",
            "frary, " + Captures.FRARY + ", 2025-12-02", "oldenborg, " + Captures.OLDENBORG + ", 2025-12-03"})
    void keepsEveryItemTheVendorListed(String hall, String capture, LocalDate date) throws Exception {
        PomonaMenus uncurated = new PomonaMenus(StationRules.NONE, (h, d) -> false);
        Captures.assertKeepsEveryItem(uncurated.parse(bytes(capture), hall, date),
                new PomonaMenus(PomonaStations.RULES, (h, d) -> false).parse(bytes(capture), hall, date),
                PomonaStations.RULES.hideItems());
    }
}
