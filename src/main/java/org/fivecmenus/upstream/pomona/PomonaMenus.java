package org.fivecmenus.upstream.pomona;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.fivecmenus.menu.model.Allergen;
import org.fivecmenus.menu.model.DayMenu;
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
 * Frank, Frary, Oldenborg: Pomona's Eatec feed ({@code https://api.pomona.edu/eatec/{Hall}.json}), JSONP
 * around an XML-converted document. One feed holds the whole window (6–7 days), one record per date × meal ×
 * station; this parser keeps the requested date. A date missing from the feed was not published (Oldenborg's
 * feed has held only old weeks), which is not the same as the "Closed" records the feed sends for closures.
 *
 * <p>Longer than 250 lines because it is the whole of one vendor's format (the JSONP wrapper, records that
 * may be objects or lists, closures, nutrients by position, diet choices), best read in one place.
 */
public final class PomonaMenus implements MenuParser {

    /**
     * Frary's hours list Continental Breakfast and Brunch on weekends, and no plain Breakfast (docs/hours.md,
     * section 2), so its weekend "Breakfast" records are brunch. Holidays follow the weekend hours too, but a
     * parser reads no hours: a holiday's "Breakfast" stays breakfast. The constructor that takes a predicate
     * exists for tests; the application uses this one.
     */
    public static final BiPredicate<String, LocalDate> FRARY_WEEKEND_BRUNCH = (hallId, date) ->
            "frary".equals(hallId)
                    && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);

    private static final Pattern JSONP_CALL = Pattern.compile("^(?:/\\*.*?\\*/)?\\s*[A-Za-z_$][\\w$.]*\\s*\\(",
            Pattern.DOTALL);

    private static final Map<String, DietaryTag> CHOICES = Map.ofEntries(
            Map.entry("vegetarian", DietaryTag.VEGETARIAN),
            Map.entry("vegan", DietaryTag.VEGAN),
            Map.entry("gluten free", DietaryTag.GLUTEN_FREE),
            Map.entry("halal", DietaryTag.HALAL),
            Map.entry("kosher", DietaryTag.KOSHER),
            Map.entry("organic", DietaryTag.ORGANIC),
            Map.entry("mindful mondays", DietaryTag.MINDFUL),
            Map.entry("mindful", DietaryTag.MINDFUL),
            Map.entry("contains beef", DietaryTag.CONTAINS_BEEF),
            Map.entry("contains pork", DietaryTag.CONTAINS_PORK),
            Map.entry("contains poultry", DietaryTag.CONTAINS_POULTRY),
            Map.entry("contains lamb", DietaryTag.CONTAINS_LAMB),
            Map.entry("humanely raised", DietaryTag.HUMANE));

    private final StationRules rules;
    private final BiPredicate<String, LocalDate> brunchInsteadOfBreakfast;

    public PomonaMenus() {
        this(PomonaStations.RULES);
    }

    public PomonaMenus(StationRules rules) {
        this(rules, FRARY_WEEKEND_BRUNCH);
    }

    /**
     * @param brunchInsteadOfBreakfast whether the hall's hours for a date list Brunch and no plain Breakfast;
     *                                 must itself be pure (e.g. backed by a snapshot of the hours tables)
     */
    public PomonaMenus(StationRules rules, BiPredicate<String, LocalDate> brunchInsteadOfBreakfast) {
        this.rules = Objects.requireNonNull(rules);
        this.brunchInsteadOfBreakfast = Objects.requireNonNull(brunchInsteadOfBreakfast);
    }

    @Override
    public DayMenu parse(byte[] body, String hallId, LocalDate date) throws MenuParseException {
        JsonFields json = new JsonFields(PomonaKind.NAME, hallId);
        String text = unwrap(json, Text.utf8(body));
        JsonObject root = json.object(json.parse(text, "body"), "body");
        JsonObject exchange = json.object(root.get("EatecExchange"), "\"EatecExchange\"");

        Map<String, RawMeal> meals = new LinkedHashMap<>();
        int closedRecords = 0;
        for (JsonValue value : json.objects(exchange.get("menu"), "\"menu\"")) {
            JsonObject record = value.asJsonObject();
            String serveDate = json.string(record, "@servedate", "menu record");
            if (!date.equals(serveDate(json, serveDate))) {
                continue;
            }
            String what = "menu record " + serveDate + " " + json.string(record, "@mealperiodname", "menu record");
            String mealName = Text.blankToNull(json.string(record, "@mealperiodname", what));
            JsonObject recipes = recipes(json, record, what);
            boolean closedMarker = recipes != null && recipes.containsKey("closed") && !recipes.containsKey("recipe");
            if (closedMarker || mealName == null || mealName.toLowerCase(Locale.ROOT).startsWith("closed")) {
                // Frary's Sunday has a Closed record beside Breakfast and Dinner: only a day with nothing
                // else is closed.
                closedRecords++;
                continue;
            }
            String label = label(mealName, json.string(record, "@name", what), hallId, date);
            RawMeal meal = meals.computeIfAbsent(Meal.keyOf(label), k -> new RawMeal(label));
            if (recipes == null) {
                continue;
            }
            int calorieIndex = calorieIndex(json.string(record, "nutrients", what));
            Map<String, List<Item>> byCategory = new LinkedHashMap<>();
            for (JsonValue r : json.objects(recipes.get("recipe"), what + " recipe")) {
                JsonObject recipe = r.asJsonObject();
                if (!shown(json.string(recipe, "@displayonwebsite", what))) {
                    continue;
                }
                Item item = item(json, recipe, calorieIndex, what);
                if (item == null) {
                    continue;
                }
                String category = Text.blankToNull(json.string(recipe, "@category", what));
                byCategory.computeIfAbsent(category == null ? "Miscellaneous" : category, c -> new ArrayList<>())
                        .add(item);
            }
            byCategory.forEach((category, items) -> meal.stations.add(Station.of(category, items)));
        }

        if (meals.isEmpty()) {
            return closedRecords > 0 ? DayMenu.closed(hallId, date) : DayMenu.notPublished(hallId, date);
        }
        List<Meal> out = new ArrayList<>();
        for (var e : meals.entrySet()) {
            RawMeal raw = e.getValue();
            out.add(new Meal(e.getKey(), raw.label, MealPeriod.fromLabel(raw.label).orElse(null), null, null,
                    StationCuration.apply(rules, raw.stations, MealPeriod.fromLabel(raw.label).orElse(null))));
        }
        return DayMenus.of(hallId, date, out);
    }

    /** The real body is {@code /**}{@code / menuData({...});}; plain JSON is accepted too. */
    static String unwrap(JsonFields json, String body) throws MenuParseException {
        String t = body.strip();
        if (t.isEmpty()) {
            throw json.fail("body is empty");
        }
        if (t.startsWith("{") || t.startsWith("[")) {
            return t;
        }
        if (!JSONP_CALL.matcher(t).lookingAt()) {
            throw json.fail("body is neither JSON nor a JSONP call (starts with \"" + Text.preview(t) + "\")");
        }
        int open = t.indexOf('(');
        int close = t.lastIndexOf(')');
        if (close < open) {
            throw json.fail("JSONP call is cut off: no closing parenthesis");
        }
        return t.substring(open + 1, close);
    }

    private static LocalDate serveDate(JsonFields json, String value) throws MenuParseException {
        if (value == null) {
            throw json.fail("a menu record has no @servedate");
        }
        String v = value.strip();
        try {
            return v.length() == 8 ? LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw json.fail("@servedate \"" + v + "\" is not a date", e);
        }
    }

    /** {@code recipes} holds {@code recipe} (object or array), or only {@code closed}; absent means none. */
    private static JsonObject recipes(JsonFields json, JsonObject record, String what) throws MenuParseException {
        JsonValue recipes = record.get("recipes");
        if (recipes == null || recipes.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return json.object(recipes, what + " \"recipes\"");
    }

    /**
     * Frank's morning records say "Breakfast" in a menu named "… Brunch DEC 1"; Frary's weekend "Breakfast" is
     * served in the Brunch hours. Either way the meal is shown as Brunch so it meets the hours row of that name.
     */
    private String label(String mealName, String menuName, String hallId, LocalDate date) {
        if (!mealName.equalsIgnoreCase("breakfast")) {
            return mealName;
        }
        boolean brunchMenu = menuName != null && menuName.toLowerCase(Locale.ROOT).contains("brunch");
        return brunchMenu || brunchInsteadOfBreakfast.test(hallId, date) ? "Brunch" : mealName;
    }

    /** Real recipes say "Yes", the synthetic ones "Y"/"N"; a recipe without the field is shown. */
    private static boolean shown(String displayOnWebsite) {
        return displayOnWebsite == null || JsonFields.yes(displayOnWebsite);
    }

    /** Position of calories in "Calories (kcal)~CAL|Total Lipid/Fat (g)~TL|…"; first when unsaid. */
    private static int calorieIndex(String header) {
        if (header == null) {
            return 0;
        }
        String[] labels = header.split("\\|", -1);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].strip().toUpperCase(Locale.ROOT).endsWith("~CAL")) {
                return i;
            }
        }
        return 0;
    }

    private static Item item(JsonFields json, JsonObject recipe, int calorieIndex, String what)
            throws MenuParseException {
        // @shortName is what pomona.edu shows; @description is the kitchen's recipe name.
        String name = Text.blankToNull(json.string(recipe, "@shortName", what));
        if (name == null) {
            name = Text.blankToNull(json.string(recipe, "@description", what));
        }
        if (name == null) {
            return null;
        }
        String description = Text.description(json.string(recipe, "@itemDailyComment", name));

        Set<DietaryTag> known = EnumSet.noneOf(DietaryTag.class);
        List<String> unknown = new ArrayList<>();
        for (String group : new String[] {"dietaryChoices", "sustainability"}) {
            for (String choice : yesIds(json, recipe.get(group), "dietaryChoice", name)) {
                DietaryTag tag = CHOICES.get(Text.key(choice));
                if (tag != null) {
                    known.add(tag);
                } else {
                    unknown.add(choice);
                }
            }
        }

        List<String> allergens = null;
        JsonValue allergenGroup = recipe.get("allergens");
        if (allergenGroup != null && allergenGroup.getValueType() != JsonValue.ValueType.NULL) {
            Set<Allergen> found = EnumSet.noneOf(Allergen.class);
            List<String> other = new ArrayList<>();
            for (String id : yesIds(json, allergenGroup, "allergen", name)) {
                Allergen.fromLabel(id).ifPresentOrElse(found::add, () -> other.add(id));
            }
            allergens = Allergen.slugs(found, other);
        }

        return new Item(name, description, false, DietaryTag.slugs(known, unknown), allergens,
                calories(json, recipe, calorieIndex, name));
    }

    /** The {@code @id}s marked "Yes" in {@code {child: [{"@id": …, "#text": "Yes"|"No"}]}}. */
    private static List<String> yesIds(JsonFields json, JsonValue group, String child, String what)
            throws MenuParseException {
        if (group == null || group.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        // An empty XML element converts to "".
        if (group.getValueType() == JsonValue.ValueType.STRING) {
            return List.of();
        }
        JsonObject g = json.object(group, what + " " + child + " list");
        List<String> ids = new ArrayList<>();
        for (JsonValue v : json.objects(g.get(child), what + " " + child)) {
            JsonObject entry = v.asJsonObject();
            String id = Text.blankToNull(json.string(entry, "@id", what + " " + child));
            if (id != null && JsonFields.yes(json.string(entry, "#text", what + " " + child))) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The header names 18 nutrients but recipes carry 16 values, so values pair by position up to the shorter
     * list. Pomona shows nutrition only when {@code @approvedNutrition} is "Yes", and unapproved values are
     * visibly wrong (cupcakes at 25,243 kcal), so they are not used.
     */
    private static Integer calories(JsonFields json, JsonObject recipe, int index, String what)
            throws MenuParseException {
        String approved = json.string(recipe, "@approvedNutrition", what);
        if (approved != null && !JsonFields.yes(approved)) {
            return null;
        }
        String values = json.string(recipe, "@nutrients", what);
        if (values == null) {
            return null;
        }
        String[] parts = values.split("\\|", -1);
        return index < parts.length ? Text.leadingInt(parts[index]) : null;
    }

    private static final class RawMeal {
        final String label;
        final List<Station> stations = new ArrayList<>();

        RawMeal(String label) {
            this.label = label;
        }
    }
}
