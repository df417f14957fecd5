package org.fivecmenus.upstream.bonappetit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fivecmenus.upstream.Captures.bytes;
import static org.fivecmenus.upstream.Captures.featuredCount;
import static org.fivecmenus.upstream.Captures.findItem;
import static org.fivecmenus.upstream.Captures.item;
import static org.fivecmenus.upstream.Captures.itemCount;
import static org.fivecmenus.upstream.Captures.keys;
import static org.fivecmenus.upstream.Captures.meal;
import static org.fivecmenus.upstream.Captures.names;
import static org.fivecmenus.upstream.Captures.station;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.upstream.Captures;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.StationRules;
import org.junit.jupiter.api.Test;

/**
 * Expected numbers were counted from the captures with an independent script (string-aware extraction of
 * Bamco.menu_items and Bamco.dayparts, then the vendors.md 4.3 rules by hand) and match the vendors.md table:
 * Collins 372 items (45 special), Malott 260 (46), McConnell 347 (89).
 */
class BonAppetitMenusTest {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 2, 7);

    private final BonAppetitMenus parser = new BonAppetitMenus();
    private final BonAppetitMenus uncurated = new BonAppetitMenus(StationRules.NONE);

    @Test
    void readsCollinsDaypartsWithTheirTimes() throws Exception {
        DayMenu menu = parser.parse(bytes(Captures.COLLINS), "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(menu.hallId()).isEqualTo("collins");
        assertThat(menu.date()).isEqualTo(SATURDAY);
        assertThat(keys(menu)).containsExactly("brunch", "dinner");
        Meal brunch = meal(menu, "brunch");
        assertThat(brunch.label()).isEqualTo("Brunch");
        assertThat(brunch.period()).isEqualTo(MealPeriod.BRUNCH);
        assertThat(brunch.startsAt()).isEqualTo(LocalTime.of(10, 30));
        assertThat(brunch.endsAt()).isEqualTo(LocalTime.of(12, 30));
        Meal dinner = meal(menu, "dinner");
        assertThat(dinner.period()).isEqualTo(MealPeriod.DINNER);
        assertThat(dinner.startsAt()).isEqualTo(LocalTime.of(16, 30));
        assertThat(dinner.endsAt()).isEqualTo(LocalTime.of(18, 30));
    }

    @Test
    void keepsNonFeaturedItemsAndMarksFeatured() throws Exception {
        DayMenu raw = uncurated.parse(bytes(Captures.COLLINS), "collins", SATURDAY);

        // 15 + 17 stations list 216 + 308 item ids; the 45 special items are the featured ones.
        assertThat(meal(raw, "brunch").stations()).hasSize(15);
        assertThat(itemCount(meal(raw, "brunch"))).isEqualTo(216);
        assertThat(meal(raw, "dinner").stations()).hasSize(17);
        assertThat(itemCount(meal(raw, "dinner"))).isEqualTo(308);
        assertThat(featuredCount(meal(raw, "brunch")) + featuredCount(meal(raw, "dinner"))).isEqualTo(45);
        assertThat(item(raw, "tuna canned").featured()).isFalse();
        assertThat(item(raw, "the CarveCraft").featured()).isTrue();
    }

    @Test
    void curatesCollinsStationsWithoutLosingAFeaturedDish() throws Exception {
        DayMenu menu = parser.parse(bytes(Captures.COLLINS), "collins", SATURDAY).curated();

        Meal brunch = meal(menu, "brunch");
        // "breakfast @ home" meets the "breakfast @home" rules; "chocolate chip cookies" becomes "sweets";
        // salad bar, deli bar, beverages, cereal and toppings & condiments are hidden.
        assertThat(names(brunch)).containsExactly("breakfast @ home", "breakfast options", "expo", "options",
                "grill", "ovens", "sweets", "breakfast grill", "breakfast bakery", "smoothies");
        // A station no rule truncates shows its featured dishes, else its first eight: breakfast bakery 8 of 11.
        assertThat(itemCount(brunch)).isEqualTo(41);
        assertThat(featuredCount(brunch)).isEqualTo(19);
        // 7 featured + 3 catalogue items: truncation counts only non-featured items.
        assertThat(station(brunch, "breakfast @ home").items()).hasSize(10);
        assertThat(station(brunch, "breakfast grill").items()).hasSize(5);

        Meal dinner = meal(menu, "dinner");
        // "@home" keeps its "@"; "expo- mongolian" is hidden despite the missing space; ovens2 joins ovens.
        assertThat(names(dinner)).containsExactly("@home", "expo- little italy", "grill", "pasta-express", "ovens",
                "vegan- hummus & pita", "sweets", "simply oasis", "plant forward");
        assertThat(itemCount(dinner)).isEqualTo(40);
        assertThat(featuredCount(dinner)).isEqualTo(26);
        assertThat(station(dinner, "ovens").items()).as("its four featured pizzas; ovens2's three are behind 'more'")
                .hasSize(4);
        assertThat(station(dinner, "grill").items()).hasSize(7);
        assertThat(station(dinner, "grill").items()).first().extracting(Item::featured).isEqualTo(true);
        assertThat(station(dinner, "expo- little italy").items()).hasSize(3);
        // The cookie station joins sweets: its four featured dishes are shown, the cookie is behind "more".
        Station sweets = station(dinner, "sweets");
        assertThat(sweets.items()).extracting(Item::featured).containsExactly(true, true, true, true);
        assertThat(station(meal(parser.parse(bytes(Captures.COLLINS), "collins", SATURDAY), "dinner"), "sweets")
                .items()).extracting(Item::featured).containsExactly(true, true, true, true, false);
    }

    @Test
    void mapsCorIconsToSharedTagsAndReadsCalories() throws Exception {
        DayMenu raw = uncurated.parse(bytes(Captures.COLLINS), "collins", SATURDAY);

        Item tuna = item(raw, "tuna canned");
        assertThat(tuna.tags()).containsExactly("gluten-free", "balanced", "seafood-watch");
        assertThat(tuna.calories()).isEqualTo(25);
        assertThat(tuna.allergens()).as("Bon Appétit publishes no allergens").isNull();
        assertThat(item(raw, "asparagus").tags()).containsExactly("vegan", "vegetarian", "gluten-free", "balanced");
        assertThat(item(raw, "early meal").tags()).containsExactly("vegetarian", "gluten-free", "farm-to-fork");

        Item carveCraft = item(raw, "the CarveCraft");
        assertThat(carveCraft.tags()).containsExactly("gluten-free", "humane");
        assertThat(carveCraft.calories()).as("featured dishes carry no nutrition").isNull();
    }

    @Test
    void readsAnEmptyCorIconArrayAsNoTagsAndStripsDescriptionMarkup() throws Exception {
        DayMenu raw = uncurated.parse(bytes(Captures.COLLINS), "collins", SATURDAY);

        // The label holds a line break and cor_icon is [] (not an object) for this item.
        Item tenders = item(raw, "chicken tenders biscuits + gravy");
        assertThat(tenders.tags()).isEmpty();
        assertThat(tenders.featured()).isTrue();
        assertThat(tenders.description()).isEqualTo(
                "maple syrup | strawberry syrup | spicy buffalo syrup | contains flour + dairy");
        assertThat(item(raw, "sweets").description())
                .isEqualTo("Chocolate chip cookies snicker doodles brownies oreo cake");
    }

    @Test
    void keepsEveryMalottStationNotOnlySweets() throws Exception {
        DayMenu menu = parser.parse(bytes(Captures.MALOTT), "malott", SATURDAY).curated();

        assertThat(keys(menu)).containsExactly("brunch", "lunch", "dinner");
        Meal brunch = meal(menu, "brunch");
        assertThat(brunch.startsAt()).isEqualTo(LocalTime.of(10, 0));
        assertThat(brunch.endsAt()).isEqualTo(LocalTime.of(13, 0));
        // Ten stations and the salad bar, a catalogue station shown for its featured yogurt parfait bar.
        assertThat(brunch.stations()).hasSize(11);
        assertThat(station(brunch, "salad bar").items()).extracting(Item::name).containsExactly("yogurt parfait bar");
        // Stations no rule truncates show their featured dishes, else their first eight.
        assertThat(itemCount(brunch)).isEqualTo(45);
        assertThat(featuredCount(brunch)).isEqualTo(16);

        Meal lunch = meal(menu, "lunch");
        assertThat(lunch.startsAt()).isEqualTo(LocalTime.of(11, 0));
        assertThat(lunch.endsAt()).isEqualTo(LocalTime.of(14, 0));
        // The two featured dishes of the hidden salad bar are shown (they were dropped with their station once).
        assertThat(names(lunch)).containsExactly("global", "sweets", "Breakfast Grill", "wood and stone", "sides",
                "deli", "condiments", "salad bar");
        assertThat(station(lunch, "salad bar").items()).extracting(Item::name)
                .containsExactlyInAnyOrder("self serve salad bar", "fresh fruit salad bar");
        // Stations with featured dishes and no rule show those; the deli, with none, its first eight.
        assertThat(itemCount(lunch)).isEqualTo(31);
        assertThat(featuredCount(lunch)).isEqualTo(7);

        Meal dinner = meal(menu, "dinner");
        assertThat(dinner.stations()).hasSize(12);
        assertThat(itemCount(dinner)).isEqualTo(54);
        assertThat(featuredCount(dinner)).isEqualTo(32);
        assertThat(names(dinner)).contains("PM Grill", "Soup");
    }

    @Test
    void readsOrganicAndHumaneAtMalott() throws Exception {
        DayMenu raw = uncurated.parse(bytes(Captures.MALOTT), "malott", SATURDAY);

        assertThat(item(raw, "Mediterranean Tufu Salad").tags())
                .containsExactly("vegan", "vegetarian", "gluten-free", "organic");
        Item birria = item(raw, "beef birria");
        assertThat(birria.tags()).containsExactly("gluten-free", "humane");
        assertThat(birria.calories()).isEqualTo(800);
        assertThat(item(raw, "chicken & waffles").tags()).isEmpty();
    }

    @Test
    void curatesMcConnellAndHidesThePastaBarWrittenWithAColon() throws Exception {
        DayMenu menu = parser.parse(bytes(Captures.MCCONNELL), "mcconnell", SATURDAY).curated();

        Meal brunch = meal(menu, "brunch");
        assertThat(brunch.startsAt()).isEqualTo(LocalTime.of(10, 30));
        assertThat(brunch.endsAt()).isEqualTo(LocalTime.of(13, 30));
        // The juice bar is a catalogue station, shown for its featured dish, after the rest.
        assertThat(names(brunch)).containsExactly("breakfast", "global", "grill", "ovens", "sweets", "stocks",
                "comfort", "hot cereal", "juice and smoothie bar");
        // Stations with featured dishes and no rule show those; the rest of each is behind "N more".
        assertThat(itemCount(brunch)).isEqualTo(58);
        assertThat(featuredCount(brunch)).isEqualTo(38);
        assertThat(station(brunch, "juice and smoothie bar").items()).hasSize(5).allMatch(Item::featured);
        assertThat(station(brunch, "breakfast").items()).hasSize(12);

        Meal dinner = meal(menu, "dinner");
        assertThat(dinner.endsAt()).isEqualTo(LocalTime.of(19, 30));
        // The breakfast counter listed at dinner too is catalogue there, out of the curated form.
        assertThat(names(dinner)).containsExactly("chef's table", "global", "grill", "ovens", "sweets",
                "stocks", "comfort", "herbivore");
        assertThat(itemCount(dinner)).as("the featured dishes, and the grill's three of its rest").isEqualTo(64);
        assertThat(featuredCount(dinner)).isEqualTo(53);
        // The 42-item grill: 9 featured and 3 of 33 catalogue items.
        assertThat(station(dinner, "grill").items()).hasSize(12);
    }

    @Test
    void readsHalalAndARawAmpersandAtMcConnell() throws Exception {
        DayMenu raw = uncurated.parse(bytes(Captures.MCCONNELL), "mcconnell", SATURDAY);

        Item salmon = item(raw, "blacked salmon");
        assertThat(salmon.featured()).isTrue();
        assertThat(salmon.tags()).containsExactly("gluten-free", "halal", "seafood-watch");
        Item cookie = item(raw, "M&M cookie");
        assertThat(cookie.tags()).isEmpty();
        assertThat(cookie.calories()).isEqualTo(240);
        assertThat(item(raw, "half & half for coffee station").tags()).containsExactly("vegetarian");
    }

    @Test
    void ignoresTheNonceDecoyAndReadsAnItemWithoutSpecial() throws Exception {
        DayMenu menu = parser.parse(bytes("bonappetit/synthetic/notkainoa_5CMenu_bamco-menu.html"), "fixture",
                SATURDAY);

        Meal brunch = meal(menu, "brunch");
        assertThat(brunch.startsAt()).isEqualTo(LocalTime.of(10, 30));
        assertThat(brunch.endsAt()).isEqualTo(LocalTime.of(13, 30));
        assertThat(names(brunch)).containsExactly("global");
        Item bowl = station(brunch, "global").items().get(0);
        assertThat(bowl).isEqualTo(new Item("fixture tofu bowl", "with seasonal vegetables", false,
                java.util.List.of("vegan", "vegetarian"), null, 420));
    }

    @Test
    void appliesTheCurationCasesOfTheSyntheticFilterPage() throws Exception {
        DayMenu menu = parser.parse(bytes("bonappetit/synthetic/notkainoa_5CMenu_bamco-filter.html"), "filter",
                SATURDAY).curated();

        Meal breakfast = meal(menu, "breakfast");
        assertThat(breakfast.startsAt()).isEqualTo(LocalTime.of(7, 0));
        // Hidden stations stay out but for their featured dishes, which come after the rest.
        assertThat(names(breakfast)).containsExactly("breakfast", "grill", "ovens", "sweets", "comfort",
                "breakfast grill", "hot cereal", "juice and smoothie bar", "salad bar");
        assertThat(itemCount(breakfast)).isEqualTo(16);
        assertThat(station(breakfast, "ovens").items()).extracting(Item::name)
                .containsExactly("house-made scones", "cauliflower crust pepperoni pizza", "dried oregano");
        Meal dinner = meal(menu, "dinner");
        // The breakfast counter is catalogue at dinner: collapsed, so not in the curated form.
        assertThat(names(dinner)).containsExactly("global", "grill", "sweets", "comfort");
        // Six featured dishes and both catalogue items fit a grill truncated to three catalogue items.
        assertThat(station(dinner, "grill").items()).hasSize(8);
        assertThat(item(menu, "grass fed beef smash burger").tags()).as("cor_icon {}").isEmpty();
        // Id 1 is Vegetarian on real pages; the label says Vegan here, and the label wins.
        assertThat(item(menu, "onion").tags()).containsExactly("vegan", "vegetarian");
    }

    @Test
    void scansPastSemicolonsAndBracesInsideStrings() throws Exception {
        DayMenu menu = parser.parse(bytes("bonappetit/synthetic/semicolon-brace-label.html"), "test",
                LocalDate.of(2026, 2, 9));

        assertThat(menu.meals()).hasSize(1);
        Meal lunch = menu.meals().get(0);
        assertThat(lunch.label()).isEqualTo("Lunch; {today}");
        assertThat(lunch.key()).isEqualTo("lunch_today");
        assertThat(lunch.period()).isEqualTo(MealPeriod.LUNCH);
        // "sweets" is on the order list; the unlisted station follows.
        assertThat(names(lunch)).containsExactly("sweets", "bowls; {build} your own");
        Item tofu = item(menu, "tofu; rice } and \"greens\" {");
        assertThat(tofu.featured()).isTrue();
        assertThat(tofu.description()).isEqualTo("sauce: soy; ginger } sesame");
        assertThat(tofu.tags()).containsExactly("vegan", "vegetarian");
        assertThat(item(menu, "plain rice").calories()).as("nutrition_details before nutrition.kcal").isEqualTo(210);
        Item cookie = item(menu, "it's a '}' cookie");
        assertThat(cookie.featured()).as("special \"0\" as a string").isFalse();
        assertThat(cookie.tags()).containsExactly("vegetarian", "Chef's Pick; {new}");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"collins, " + Captures.COLLINS, "malott, " + Captures.MALOTT,
            "mcconnell, " + Captures.MCCONNELL})
    void keepsEveryItemTheVendorListedAndShowsEveryFeaturedDish(String hall, String capture) throws Exception {
        Captures.assertKeepsEveryItem(uncurated.parse(bytes(capture), hall, SATURDAY),
                parser.parse(bytes(capture), hall, SATURDAY), BonAppetitStations.RULES.hideItems());
    }

    @Test
    void refusesAPageServingAnotherDate() {
        assertThatThrownBy(() -> parser.parse(bytes("bonappetit/synthetic/semicolon-brace-label.html"), "test",
                LocalDate.of(2026, 2, 10)))
                .isInstanceOfSatisfying(MenuParseException.class, e -> {
                    assertThat(e.vendor()).isEqualTo(BonAppetitKind.NAME);
                    assertThat(e.hallId()).isEqualTo("test");
                    assertThat(e.problem()).contains("2026-02-09").contains("2026-02-10");
                });
    }

    @Test
    void anEmptyDaypartDateIsUnknownNotAnotherDay() throws Exception {
        String capture = new String(bytes(Captures.COLLINS), java.nio.charset.StandardCharsets.UTF_8);
        byte[] undated = capture.replace("data-end-date=\"2026-02-07\"", "data-end-date=\"\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        DayMenu menu = parser.parse(undated, "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(menu).isEqualTo(parser.parse(bytes(Captures.COLLINS), "collins", SATURDAY));
    }

    @Test
    void collinsLateNightSnackListedAtDinnerIsServedAtALateNightMealForTheHoursToTime() throws Exception {
        // The Saturday capture has no late-night counter; its dinner-only Mongolian grill stands in for one.
        String capture = new String(bytes(Captures.COLLINS), java.nio.charset.StandardCharsets.UTF_8);
        byte[] withSnack = capture.replace("\"label\":\"expo- mongolian\"", "\"label\":\"collins late night snack\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DayMenu plain = parser.parse(bytes(Captures.COLLINS), "collins", SATURDAY);

        DayMenu menu = parser.parse(withSnack, "collins", SATURDAY);

        assertThat(menu.meals()).extracting(Meal::key).containsExactly("brunch", "dinner", "late_night");
        Meal lateNight = menu.meals().get(2);
        assertThat(lateNight.label()).isEqualTo("Late Night");
        assertThat(lateNight.period()).isEqualTo(MealPeriod.LATE_NIGHT);
        assertThat(lateNight.startsAt()).as("timed later, from the hours").isNull();
        assertThat(names(lateNight)).containsExactly("collins late night snack");
        assertThat(itemCount(lateNight)).isEqualTo(34);
        assertThat(names(menu.meals().get(1))).doesNotContain("collins late night snack");
        assertThat(itemCount(menu.meals().get(1)) + itemCount(lateNight)).isEqualTo(itemCount(meal(plain, "dinner")));
    }

    @Test
    void closedDaypartMeansClosed() throws Exception {
        DayMenu menu = parser.parse(page("Bamco.menu_items = [];\nBamco.dayparts = Bamco.dayparts || {};\n"
                + "Bamco.dayparts['1'] = {\"label\":\"Closed for Winter Break\",\"starttime\":\"\",\"endtime\":\"\","
                + "\"stations\":[]};"), "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.CLOSED);
        assertThat(menu.meals()).isEmpty();
    }

    @Test
    void cafePageWithoutDaypartsIsNotPublished() throws Exception {
        DayMenu menu = parser.parse(page("Bamco.current_cafe = {name: 'Collins ', id: 243};\n"
                + "Bamco.menu_items = [];\nBamco.dayparts = Bamco.dayparts || {};"), "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void cafePageWithoutAnyMenuScriptIsNotPublished() throws Exception {
        DayMenu menu = parser.parse(page("Bamco.current_cafe = {name: 'Collins ', id: 243};"), "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void closedDaypartBesideAMealIsIgnored() throws Exception {
        DayMenu menu = parser.parse(page("Bamco.menu_items = {\"1\":{\"label\":\"soup\",\"special\":1}};\n"
                + "Bamco.dayparts['1'] = {\"label\":\"Closed\",\"stations\":[]};\n"
                + "Bamco.dayparts['4'] = {\"label\":\"Dinner\",\"starttime\":\"17:00\",\"endtime\":\"19:00\","
                + "\"stations\":[{\"label\":\"stocks\",\"items\":[\"1\",\"2\"]}]};"), "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(keys(menu)).containsExactly("dinner");
        assertThat(findItem(menu, "soup")).isPresent();
    }

    @Test
    void daypartsNoTableKnowsAreMealsWithTheirOwnKeyAndTimes() throws Exception {
        // Autumn 2026 cafe pages: "Open" for all-day service, or the cafe's own name.
        DayMenu menu = parser.parse(page("Bamco.menu_items = {\"1\":{\"label\":\"latte\",\"special\":1},"
                + "\"2\":{\"label\":\"bagel\",\"special\":0}};\n"
                + "Bamco.dayparts['7'] = {\"label\":\"Open\",\"starttime\":\"07:00\",\"endtime\":\"20:00\","
                + "\"stations\":[{\"label\":\"coffee\",\"items\":[\"1\"]}]};\n"
                + "Bamco.dayparts['8'] = {\"label\":\"The Hub Grill\",\"starttime\":\"21:00\",\"endtime\":\"23:30\","
                + "\"stations\":[{\"label\":\"bakery\",\"items\":[\"2\"]}]};"), "collins", SATURDAY);

        assertThat(menu.status()).isEqualTo(DayStatus.SERVED);
        assertThat(menu.meals()).extracting(Meal::key, Meal::label, Meal::period, Meal::startsAt, Meal::endsAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("open", "Open", null, LocalTime.of(7, 0), LocalTime.of(20, 0)),
                        org.assertj.core.groups.Tuple.tuple("the_hub_grill", "The Hub Grill", null, LocalTime.of(21, 0),
                                LocalTime.of(23, 30)));
        assertThat(findItem(menu, "latte")).isPresent();
        assertThat(findItem(menu, "bagel")).isPresent();
    }

    @Test
    void ignoresAssignmentsQuotedInsideLiterals() throws Exception {
        DayMenu menu = parser.parse(page("Bamco.menu_items = {\"1\":{\"label\":\"Bamco.dayparts['9'] = {\","
                + "\"special\":1}};\n"
                + "Bamco.dayparts['4'] = {\"label\":\"Dinner\",\"stations\":[{\"label\":\"x\",\"items\":[\"1\"],"
                + "\"note\":\"Bamco.dayparts['5'] = {\"}]};"), "collins", SATURDAY);

        assertThat(keys(menu)).containsExactly("dinner");
        assertThat(findItem(menu, "Bamco.dayparts['9'] = {")).isPresent();
    }

    private static byte[] page(String script) {
        return ("<!doctype html><html><body><script>\nBamco = (typeof Bamco !== \"undefined\") ? Bamco : {};\n"
                + script + "\n</script></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
