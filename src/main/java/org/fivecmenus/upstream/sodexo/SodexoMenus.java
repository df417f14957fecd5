package org.fivecmenus.upstream.sodexo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fivecmenus.menu.model.Allergen;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DaySource;
import org.fivecmenus.menu.model.DietaryTag;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.upstream.DayMenus;
import org.fivecmenus.upstream.JsonFields;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.MenuParser;
import org.fivecmenus.upstream.StationCuration;
import org.fivecmenus.upstream.StationRules;
import org.fivecmenus.upstream.Text;

/**
 * Hoch-Shanahan: the Sodexo v0.2 menu API, one date per call ({@code GET …/v0.2/data/menu/{location}/{menu}
 * ?date=…}), an array of meals › groups › items. {@code []} means not published yet, not closed.
 * The API sends no meal times; hours come from elsewhere.
 */
public final class SodexoMenus implements MenuParser {

    /** Captured numeric allergen ids, used only when an entry has no name. */
    private static final Map<Integer, String> ALLERGEN_IDS = Map.of(1, "Milk", 2, "Egg", 3, "Tree Nut", 4, "Peanut",
            5, "Shellfish", 6, "Wheat", 7, "Soy", 8, "Fish", 11, "Gluten", 16, "Sesame");

    private final StationRules rules;

    public SodexoMenus() {
        this(SodexoStations.RULES);
    }

    public SodexoMenus(StationRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public DayMenu parse(byte[] body, String hallId, LocalDate date) throws MenuParseException {
        JsonFields json = new JsonFields(SodexoKind.NAME, hallId);
        String text = Text.utf8(body);
        JsonValue root = json.parse(text, "body");
        if (root.getValueType() != JsonValue.ValueType.ARRAY) {
            throw json.fail("body is " + JsonFields.describe(root) + ", expected an array of meals (starts with \""
                    + Text.preview(text) + "\")");
        }
        return meals(json, root.asJsonArray(), hallId, date);
    }

    /**
     * Today's menu from Hoch's public location page, for a deployment without the API key. The page carries
     * the same meals as the API, inside its preloaded state ({@link SodexoLocationPage}); it shows the day it is
     * fetched on, whatever date is asked, so the caller asks it for today only.
     */
    public DayMenu parseTodaysPage(byte[] page, String hallId, LocalDate today) throws MenuParseException {
        JsonFields json = new JsonFields(SodexoKind.NAME, hallId);
        return meals(json, SodexoLocationPage.meals(json, page), hallId, today).readFrom(DaySource.LOCATION_PAGE);
    }

    private DayMenu meals(JsonFields json, JsonArray mealValues, String hallId, LocalDate date)
            throws MenuParseException {
        if (mealValues.isEmpty()) {
            return DayMenu.notPublished(hallId, date);
        }

        // Keyed by label slug: one meal name twice in a response is one meal.
        Map<String, RawMeal> meals = new LinkedHashMap<>();
        int closedMeals = 0;
        for (int m = 0; m < mealValues.size(); m++) {
            JsonObject meal = json.object(mealValues.get(m), "meal " + m);
            String name = Text.blankToNull(Text.decode(json.string(meal, "name", "meal " + m)));
            if (name == null) {
                throw json.fail("meal " + m + " has no name");
            }
            String label = Text.titleCaseIfShouting(name);
            if (label.toLowerCase(Locale.ROOT).startsWith("closed")) {
                closedMeals++;
                continue;
            }
            RawMeal raw = meals.computeIfAbsent(Meal.keyOf(label), k -> new RawMeal(label));
            JsonArray groups = json.array(meal.get("groups"), "\"groups\" of meal " + name);
            for (int g = 0; g < groups.size(); g++) {
                raw.stations.add(station(json, json.object(groups.get(g), "group " + g + " of " + name), name));
            }
        }
        if (meals.isEmpty() && closedMeals > 0) {
            return DayMenu.closed(hallId, date);
        }
        List<Meal> out = new ArrayList<>();
        for (var e : meals.entrySet()) {
            RawMeal raw = e.getValue();
            out.add(new Meal(e.getKey(), raw.label, MealPeriod.fromLabel(raw.label).orElse(null), null, null,
                    StationCuration.apply(rules, raw.stations, MealPeriod.fromLabel(raw.label).orElse(null))));
        }
        return DayMenus.of(hallId, date, out);
    }

    private Station station(JsonFields json, JsonObject group, String mealName) throws MenuParseException {
        String where = mealName + " group";
        String name = stationName(json.string(group, "name", where));
        JsonArray items = json.array(group.get("items"), "\"items\" of " + mealName + " / " + name);
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(item(json, json.object(items.get(i), "item " + i + " of " + mealName + " / " + name),
                    mealName + " / " + name));
        }
        return Station.of(name, out);
    }

    /**
     * vendors.md 4.3: a trailing " SCR" is a kitchen suffix; blank and "-" courses are Miscellaneous; the rest
     * arrives in capitals and is shown in title case.
     */
    static String stationName(String raw) {
        String name = Text.blankToNull(Text.decode(raw));
        if (name != null && name.toUpperCase(Locale.ROOT).endsWith(" SCR")) {
            name = Text.blankToNull(name.substring(0, name.length() - 4));
        }
        if (name == null || name.equals("-")) {
            return "Miscellaneous";
        }
        return Text.titleCaseIfShouting(name);
    }

    private Item item(JsonFields json, JsonObject item, String where) throws MenuParseException {
        String name = Text.blankToNull(Text.decode(json.string(item, "formalName", where + " item")));
        if (name == null) {
            throw json.fail("an item of " + where + " has no formalName");
        }
        String description = Text.description(json.string(item, "description", name));

        Set<DietaryTag> tags = EnumSet.noneOf(DietaryTag.class);
        if (json.flag(item, "isVegan")) {
            tags.add(DietaryTag.VEGAN);
        }
        if (json.flag(item, "isVegetarian")) {
            tags.add(DietaryTag.VEGETARIAN);
        }
        if (json.flag(item, "isPlantBased")) {
            tags.add(DietaryTag.PLANT_BASED);
        }
        if (json.flag(item, "isMindful")) {
            tags.add(DietaryTag.MINDFUL);
        }
        // Never in a capture, though some API descriptions list it; never inferred from the gluten allergen.
        if (json.flag(item, "isGlutenFree")) {
            tags.add(DietaryTag.GLUTEN_FREE);
        }

        Integer calories = Text.leadingInt(json.string(item, "calories", name));
        return new Item(name, description, false, DietaryTag.slugs(tags, List.of()), allergens(json, item, name),
                calories);
    }

    /**
     * Null when the item has no allergen list. Entries are read by name (the newer variant sends codes such as
     * "EGGS" in {@code allergen} and numbers nowhere), and a listed allergen counts unless a {@code contains}
     * field says otherwise: other Sodexo sites send "true"/"false" strings there.
     */
    private List<String> allergens(JsonFields json, JsonObject item, String name) throws MenuParseException {
        JsonValue value = item.get("allergens");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        JsonArray entries = json.array(value, "\"allergens\" of " + name);
        Set<Allergen> known = EnumSet.noneOf(Allergen.class);
        List<String> unknown = new ArrayList<>();
        for (JsonValue entry : entries) {
            String label;
            if (entry.getValueType() == JsonValue.ValueType.STRING) {
                label = ((JsonString) entry).getString();
            } else {
                JsonObject a = json.object(entry, "allergen of " + name);
                JsonValue contains = a.get("contains");
                if (contains != null && !(contains.getValueType() == JsonValue.ValueType.TRUE
                        || contains instanceof JsonString s && s.getString().strip().equalsIgnoreCase("true"))) {
                    continue;
                }
                label = Text.blankToNull(json.string(a, "name", "allergen of " + name));
                if (label == null) {
                    label = allergenCode(a.get("allergen"));
                }
            }
            if (label == null) {
                continue;
            }
            final String l = label;
            Allergen.fromLabel(l).ifPresentOrElse(known::add, () -> unknown.add(l));
        }
        return Allergen.slugs(known, unknown);
    }

    private static String allergenCode(JsonValue code) {
        if (code instanceof JsonString s) {
            return Text.blankToNull(s.getString());
        }
        if (code instanceof JsonNumber n && n.isIntegral()) {
            return ALLERGEN_IDS.getOrDefault(n.intValue(), "allergen #" + n);
        }
        return null;
    }

    private static final class RawMeal {
        final String label;
        final List<Station> stations = new ArrayList<>();

        RawMeal(String label) {
            this.label = label;
        }
    }
}
