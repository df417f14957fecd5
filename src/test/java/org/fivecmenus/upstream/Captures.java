package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.Station;

/** Saved vendor responses under src/test/resources/vendor (see the README there) and lookups in parsed menus. */
public final class Captures {

    public static final String COLLINS = "bonappetit/collins_2026-02-07.html";
    public static final String MALOTT = "bonappetit/malott_2026-02-07.html";
    public static final String MCCONNELL = "bonappetit/mcconnell_2026-02-07.html";
    public static final String FRANK = "pomona/jalenjaloney_p-lates5C_frank-raw_2025-12-02.json";
    public static final String FRARY = "pomona/jalenjaloney_p-lates5C_frary-raw_2025-12-02.json";
    public static final String OLDENBORG = "pomona/jalenjaloney_p-lates5C_oldenborg-raw_2025-12-02.json";
    public static final String HOCH_PAGE_STATE = "sodexo/jalenjaloney_p-lates5C_hoch-shanahan-raw_2025-11-15.json";

    private Captures() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Captures.class.getResourceAsStream("/vendor/" + path)) {
            assertThat(in).as("capture %s", path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Pomona captures were saved without their JSONP wrapper; the live feed has it. */
    public static byte[] jsonp(byte[] json) {
        return ("/**/ menuData(" + new String(json, StandardCharsets.UTF_8) + ");").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Hoch's v0.2-shaped meals: the capture is the location page's state, whose menu sections have the v0.2
     * item shape (vendors.md 1). The six saved days are identical, so the first stands for 2025-11-15.
     */
    public static byte[] hochV02() {
        try (var reader = Json.createReader(new ByteArrayInputStream(bytes(HOCH_PAGE_STATE)))) {
            JsonObject state = reader.readObject();
            JsonArray sections = state.getJsonArray("days").getJsonObject(0).getJsonArray("fragments")
                    .getJsonObject(0).getJsonObject("content").getJsonObject("main").getJsonArray("sections");
            return sections.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    public static Meal meal(DayMenu menu, String key) {
        return menu.meals().stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no meal " + key + " in " + keys(menu)));
    }

    public static Station station(Meal meal, String name) {
        return meal.stations().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no station " + name + " in " + names(meal)));
    }

    public static Item item(DayMenu menu, String name) {
        return findItem(menu, name).orElseThrow(() -> new AssertionError("no item " + name));
    }

    public static Optional<Item> findItem(DayMenu menu, String name) {
        return menu.meals().stream().flatMap(m -> m.stations().stream()).flatMap(s -> s.items().stream())
                .filter(i -> i.name().equals(name)).findFirst();
    }

    public static List<String> keys(DayMenu menu) {
        return menu.meals().stream().map(Meal::key).toList();
    }

    public static List<String> names(Meal meal) {
        return meal.stations().stream().map(Station::name).toList();
    }

    public static int itemCount(Meal meal) {
        return meal.stations().stream().mapToInt(s -> s.items().size()).sum();
    }

    public static long featuredCount(Meal meal) {
        return meal.stations().stream().flatMap(s -> s.items().stream()).filter(Item::featured).count();
    }

    public static List<Item> items(DayMenu menu) {
        return menu.meals().stream().flatMap(m -> m.stations().stream()).flatMap(s -> s.items().stream()).toList();
    }

    /**
     * Asserts that {@code labelled} (the parser with its rules) keeps, meal by meal, every distinct item name of
     * {@code raw} (the same capture parsed without rules) but the vendor's placeholders, and that its curated
     * form shows every featured dish.
     */
    public static void assertKeepsEveryItem(DayMenu raw, DayMenu labelled, java.util.Set<String> placeholders) {
        assertThat(keys(labelled)).isEqualTo(keys(raw));
        for (Meal rawMeal : raw.meals()) {
            Meal meal = meal(labelled, rawMeal.key());
            java.util.Set<String> listed = new java.util.TreeSet<>(itemNames(rawMeal));
            listed.removeIf(name -> placeholders.contains(Text.key(name)));
            assertThat(new java.util.TreeSet<>(itemNames(meal))).as(rawMeal.key() + ": every item listed")
                    .isEqualTo(listed);
            java.util.Set<String> featured = new java.util.TreeSet<>();
            rawMeal.stations().forEach(s -> s.items().stream().filter(Item::featured).map(Item::name)
                    .forEach(featured::add));
            assertThat(itemNames(meal.curated())).as(rawMeal.key() + ": every featured dish shown")
                    .containsAll(featured);
        }
    }

    private static List<String> itemNames(Meal meal) {
        return meal.stations().stream().flatMap(s -> s.items().stream()).map(Item::name).toList();
    }
}
