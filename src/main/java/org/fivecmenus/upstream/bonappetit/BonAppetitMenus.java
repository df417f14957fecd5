package org.fivecmenus.upstream.bonappetit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collins, Malott, McConnell: the dated cafe page ({@code https://{host}/cafe/{slug}/{date}/}). The menu is
 * JavaScript inside the page: {@code Bamco.menu_items = {…};} and one {@code Bamco.dayparts['n'] = {…};} per
 * meal. The legacy JSON API answers 403, so the page is the only source.
 *
 * <p>Every item is kept: {@code special = 1} marks the day's featured dishes, the rest is the hall's
 * catalogue ("Additional Favorites", "Condiments and Extras"). These halls publish no allergens.
 *
 * <p>Longer than 250 lines because it is the whole of one vendor's format, read top to bottom (the script
 * literals, dayparts, stations, items, icons, calories); split, each piece would need the others' shapes.
 */
public final class BonAppetitMenus implements MenuParser {

    private static final Pattern MENU_ITEMS = Pattern.compile("Bamco\\.menu_items\\s*=(?!=)");
    // The key is bounded and cannot cross a line or its own quote: an unbounded (.*?) rescans the rest of the
    // line from every match, which a hostile page turns into hours of backtracking.
    private static final Pattern DAYPART = Pattern.compile(
            "Bamco\\.dayparts\\s*\\[\\s*(?:'([^'\\n]{0,200})'|\"([^\"\\n]{0,200})\")\\s*\\]\\s*=(?!=)");

    /** cor_icon labels by their key; ids only as a fallback, since a synthetic page pairs id 1 with "Vegan". */
    private static final Map<String, DietaryTag> ICON_LABELS = Map.ofEntries(
            Map.entry("vegetarian", DietaryTag.VEGETARIAN),
            Map.entry("vegan", DietaryTag.VEGAN),
            Map.entry("made without gluten containing ingredients", DietaryTag.GLUTEN_FREE),
            Map.entry("gluten free", DietaryTag.GLUTEN_FREE),
            Map.entry("in balance", DietaryTag.BALANCED),
            Map.entry("farm to fork", DietaryTag.FARM_TO_FORK),
            Map.entry("seafood watch", DietaryTag.SEAFOOD_WATCH),
            Map.entry("humane", DietaryTag.HUMANE),
            Map.entry("organic", DietaryTag.ORGANIC),
            Map.entry("halal", DietaryTag.HALAL),
            Map.entry("kosher", DietaryTag.KOSHER));
    private static final Map<String, DietaryTag> ICON_IDS = Map.of("1", DietaryTag.VEGETARIAN, "4", DietaryTag.VEGAN,
            "9", DietaryTag.GLUTEN_FREE, "7", DietaryTag.BALANCED, "6", DietaryTag.FARM_TO_FORK,
            "3", DietaryTag.SEAFOOD_WATCH, "18", DietaryTag.HUMANE, "8", DietaryTag.ORGANIC, "10", DietaryTag.HALAL);

    private final StationRules rules;

    public BonAppetitMenus() {
        this(BonAppetitStations.RULES);
    }

    public BonAppetitMenus(StationRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    @Override
    public DayMenu parse(byte[] body, String hallId, LocalDate date) throws MenuParseException {
        JsonFields json = new JsonFields(BonAppetitKind.NAME, hallId);
        String html = Text.utf8(body);
        if (html.isBlank()) {
            throw json.fail("body is empty");
        }
        Document page = Jsoup.parse(html);
        checkServedDate(json, page, date);
        String js = bamcoScripts(page);
        Matcher items = MENU_ITEMS.matcher(js);
        if (!items.find()) {
            return withoutItems(json, js, html, hallId, date);
        }
        JsonFields.Literal itemsLiteral = json.literalAfter(js, items.end(), "Bamco.menu_items");
        Dayparts dayparts = dayparts(json, js, itemsLiteral, menuItems(json, itemsLiteral.text()));
        if (dayparts.count() == 0) {
            return DayMenu.notPublished(hallId, date);
        }
        if (dayparts.meals().isEmpty()) {
            return dayparts.closed() > 0 ? DayMenu.closed(hallId, date) : DayMenu.notPublished(hallId, date);
        }
        moveStations(dayparts.meals());
        return DayMenus.of(hallId, date, curated(dayparts.meals()));
    }

    /** The page's scripts that hold its menu (they assign to {@code Bamco}), one after another. */
    private static String bamcoScripts(Document page) {
        StringBuilder scripts = new StringBuilder();
        for (Element script : page.select("script")) {
            String data = script.data();
            if (data.contains("Bamco")) {
                scripts.append(data).append('\n');
            }
        }
        return scripts.toString();
    }

    /** A page without {@code Bamco.menu_items}: a café's page without a menu for the day, or not a café page. */
    private static DayMenu withoutItems(JsonFields json, String js, String html, String hallId, LocalDate date)
            throws MenuParseException {
        if (DAYPART.matcher(js).find()) {
            throw json.fail("page has Bamco.dayparts but no Bamco.menu_items");
        }
        if (js.isEmpty()) {
            throw json.fail("no Bamco script in page: not a cafe page? (starts with \"" + Text.preview(html) + "\")");
        }
        return DayMenu.notPublished(hallId, date);
    }

    /**
     * The page's dayparts read into meals by key, with how many there were and how many said "Closed".
     *
     * @param meals   by meal key, in page order; a label given twice is one meal
     */
    private record Dayparts(Map<String, RawMeal> meals, int count, int closed) {
    }

    private Dayparts dayparts(JsonFields json, String js, JsonFields.Literal itemsLiteral,
                              Map<String, JsonObject> menuItems) throws MenuParseException {
        Map<String, RawMeal> meals = new LinkedHashMap<>();
        int count = 0;
        int closed = 0;
        int from = 0;
        Matcher daypart = DAYPART.matcher(js);
        while (daypart.find(from)) {
            // Resume after each literal, so text inside one (a label quoting "Bamco.dayparts[…] =") is never
            // read as an assignment.
            if (daypart.start() >= itemsLiteral.start() && daypart.start() < itemsLiteral.end()) {
                from = itemsLiteral.end();
                continue;
            }
            count++;
            String what = "Bamco.dayparts['" + (daypart.group(1) != null ? daypart.group(1) : daypart.group(2)) + "']";
            JsonFields.Literal literal = json.literalAfter(js, daypart.end(), what);
            from = literal.end();
            if (!addDaypart(json, json.object(json.parse(literal.text(), what), what), what, menuItems, meals)) {
                closed++;
            }
        }
        return new Dayparts(meals, count, closed);
    }

    /** Adds one daypart's stations to its meal; false for a "Closed…" daypart, which is no meal. */
    private boolean addDaypart(JsonFields json, JsonObject part, String what, Map<String, JsonObject> menuItems,
                               Map<String, RawMeal> meals) throws MenuParseException {
        String label = Text.blankToNull(Text.decode(json.string(part, "label", what)));
        if (label == null) {
            throw json.fail(what + " has no label");
        }
        if (label.toLowerCase(Locale.ROOT).startsWith("closed")) {
            return false;
        }
        LocalTime start = time(json, part, "starttime", what);
        LocalTime end = time(json, part, "endtime", what);
        RawMeal meal = meals.computeIfAbsent(Meal.keyOf(label), k -> new RawMeal(label, start, end));
        JsonValue stations = part.get("stations");
        if (stations == null || stations.getValueType() == JsonValue.ValueType.NULL) {
            return true;
        }
        JsonArray stationList = json.array(stations, what + ".stations");
        for (int s = 0; s < stationList.size(); s++) {
            meal.stations.add(station(json, json.object(stationList.get(s), what + " station " + s), menuItems, what));
        }
        return true;
    }

    /** The meals, each with its stations curated by this hall's rules. */
    private List<Meal> curated(Map<String, RawMeal> meals) {
        List<Meal> out = new ArrayList<>();
        for (var e : meals.entrySet()) {
            RawMeal raw = e.getValue();
            MealPeriod period = MealPeriod.fromLabel(raw.label).orElse(null);
            out.add(new Meal(e.getKey(), raw.label, period, raw.start, raw.end,
                    StationCuration.apply(rules, raw.stations, period)));
        }
        return out;
    }

    /**
     * The markup dates each daypart ({@code data-end-date}). A page for another day (a redirect, a cached
     * page) must not be shown as this day's menu. Pages without the markup (older or synthetic) pass, and so
     * does an empty date: the cafe pages of autumn 2026 write {@code data-end-date=""}, which says nothing
     * about the day, not that it is another one.
     */
    private static void checkServedDate(JsonFields json, Document page, LocalDate date) throws MenuParseException {
        Set<String> served = new TreeSet<>();
        for (Element e : page.select("[data-end-date]")) {
            String end = e.attr("data-end-date").strip();
            if (!end.isEmpty()) {
                served.add(end);
            }
        }
        if (!served.isEmpty() && !served.contains(date.toString())) {
            throw json.fail("page serves " + served + ", not " + date);
        }
    }

    private static Map<String, JsonObject> menuItems(JsonFields json, String literal) throws MenuParseException {
        JsonValue value = json.parse(literal, "Bamco.menu_items");
        // PHP encodes an empty map as [].
        if (value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty()) {
            return Map.of();
        }
        JsonObject object = json.object(value, "Bamco.menu_items");
        Map<String, JsonObject> items = new LinkedHashMap<>();
        for (var e : object.entrySet()) {
            items.put(e.getKey(), json.object(e.getValue(), "Bamco.menu_items['" + e.getKey() + "']"));
        }
        return items;
    }

    private static LocalTime time(JsonFields json, JsonObject part, String key, String what)
            throws MenuParseException {
        String value = Text.blankToNull(json.string(part, key, what));
        if (value == null) {
            return null;
        }
        try {
            String[] hm = value.split(":");
            return LocalTime.of(Integer.parseInt(hm[0].strip()), Integer.parseInt(hm[1].strip()));
        } catch (RuntimeException e) {
            throw json.fail(what + "." + key + " is not a time: \"" + value + "\"", e);
        }
    }

    private Station station(JsonFields json, JsonObject station, Map<String, JsonObject> menuItems, String what)
            throws MenuParseException {
        // The item's own "station" field is "<strong>@@home</strong>" for "@home": the daypart label is cleaner.
        String name = Text.blankToNull(Text.decode(json.string(station, "label", what + " station")));
        if (name == null) {
            name = "Miscellaneous";
        }
        List<Item> items = new ArrayList<>();
        JsonValue ids = station.get("items");
        if (ids != null && ids.getValueType() != JsonValue.ValueType.NULL) {
            for (JsonValue id : json.array(ids, what + " station " + name + " items")) {
                String key = switch (id.getValueType()) {
                    case STRING -> ((JsonString) id).getString();
                    case NUMBER -> id.toString();
                    default -> throw json.fail(what + " station " + name + " lists an item id that is "
                            + JsonFields.describe(id));
                };
                JsonObject item = menuItems.get(key);
                // An id without an entry in menu_items cannot be shown; the rest of the station still can.
                if (item != null) {
                    Item parsed = item(json, item, key);
                    if (parsed != null) {
                        items.add(parsed);
                    }
                }
            }
        }
        return Station.of(name, items);
    }

    private static Item item(JsonFields json, JsonObject item, String id) throws MenuParseException {
        String what = "menu item " + id;
        String name = Text.blankToNull(Text.decode(json.string(item, "label", what)));
        if (name == null) {
            return null;
        }
        String description = Text.description(json.string(item, "description", what));
        // "special" is 1 or 0, sometimes a string; tier 1 lists exactly the special items.
        boolean featured = "1".equals(Text.blankToNull(json.string(item, "special", what)));
        return new Item(name, description, featured, tags(json, item.get("cor_icon"), what), null,
                calories(json, item, what));
    }

    /** {@code cor_icon} is {@code {id: label}}, or {@code []} when the item has none. */
    private static List<String> tags(JsonFields json, JsonValue icons, String what) throws MenuParseException {
        Set<DietaryTag> known = EnumSet.noneOf(DietaryTag.class);
        List<String> unknown = new ArrayList<>();
        if (icons == null || icons.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (icons.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : icons.asJsonArray()) {
                if (v instanceof JsonString s) {
                    addIcon(null, s.getString(), known, unknown);
                }
            }
        } else {
            for (var e : json.object(icons, what + " cor_icon").entrySet()) {
                String label = e.getValue() instanceof JsonString s ? s.getString() : null;
                addIcon(e.getKey(), label, known, unknown);
            }
        }
        return DietaryTag.slugs(known, unknown);
    }

    private static void addIcon(String id, String label, Set<DietaryTag> known, List<String> unknown) {
        DietaryTag tag = ICON_LABELS.get(Text.key(label));
        if (tag == null && Text.blankToNull(label) == null && id != null) {
            tag = ICON_IDS.get(id);
        }
        if (tag != null) {
            known.add(tag);
        } else if (Text.blankToNull(label) != null) {
            unknown.add(Text.decode(label));
        }
    }

    /** {@code nutrition_details.calories.value}, else {@code nutrition.kcal}; featured dishes have neither. */
    private static Integer calories(JsonFields json, JsonObject item, String what) throws MenuParseException {
        JsonValue details = item.get("nutrition_details");
        if (details != null && details.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonValue calories = details.asJsonObject().get("calories");
            if (calories != null && calories.getValueType() == JsonValue.ValueType.OBJECT) {
                Integer value = Text.leadingInt(json.string(calories.asJsonObject(), "value", what));
                if (value != null) {
                    return value;
                }
            }
        }
        JsonValue nutrition = item.get("nutrition");
        if (nutrition != null && nutrition.getValueType() == JsonValue.ValueType.OBJECT) {
            return Text.leadingInt(json.string(nutrition.asJsonObject(), "kcal", what));
        }
        return null;
    }

    /** A literal cut from the script, with its place there. */

    /**
     * Stations the rules serve at another meal join that meal, which is made (untimed, for the hours to time)
     * when the day lists none. Moved, not copied: every item stays in the day once.
     */
    private void moveStations(Map<String, RawMeal> meals) {
        if (rules.moveTo().isEmpty()) {
            return;
        }
        for (RawMeal meal : List.copyOf(meals.values())) {
            MealPeriod period = MealPeriod.fromLabel(meal.label).orElse(null);
            for (Iterator<Station> it = meal.stations.iterator(); it.hasNext(); ) {
                Station station = it.next();
                MealPeriod target = rules.moveTo().get(Text.key(station.name()));
                if (target == null || target == period) {
                    continue;
                }
                RawMeal into = meals.values().stream()
                        .filter(m -> MealPeriod.fromLabel(m.label).orElse(null) == target).findFirst()
                        .orElseGet(() -> meals.computeIfAbsent(target.slug(), k -> new RawMeal(target.label(), null,
                                null)));
                into.stations.add(station);
                it.remove();
            }
        }
    }

    private static final class RawMeal {
        final String label;
        final LocalTime start;
        final LocalTime end;
        final List<Station> stations = new ArrayList<>();

        RawMeal(String label, LocalTime start, LocalTime end) {
            this.label = label;
            this.start = start;
            this.end = end;
        }
    }
}
