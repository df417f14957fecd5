package org.fivecmenus.upstream.sodexo;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivecmenus.upstream.JsonFields;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads the meals out of Sodexo's public location page (hmc.sodexomyway.com): the page assigns its whole
 * state to {@code window.__PRELOADED_STATE__}, and the state's composition holds fragments, one of type
 * {@code Menu} whose {@code content.main.sections} are the API's meals, item for item (docs/vendors.md 1). Pure: the
 * page's bytes in, the meals out.
 */
final class SodexoLocationPage {

    private static final Pattern ASSIGNMENT = Pattern.compile("__PRELOADED_STATE__\\s*=\\s*");

    private SodexoLocationPage() {
    }

    /** The meals of the page's menu, shaped as the API's answer: an array of {@code {name, groups}}. */
    static JsonArray meals(JsonFields json, byte[] page) throws MenuParseException {
        String html = Text.utf8(page);
        if (html.isBlank()) {
            throw json.fail("location page is empty");
        }
        String state = null;
        for (Element script : Jsoup.parse(html).select("script")) {
            Matcher assignment = ASSIGNMENT.matcher(script.data());
            if (assignment.find()) {
                state = json.literalAfter(script.data(), assignment.end(), "__PRELOADED_STATE__").text();
                break;
            }
        }
        if (state == null) {
            throw json.fail("no __PRELOADED_STATE__ in the location page (starts with \"" + Text.preview(html) + "\")");
        }
        JsonObject root = json.object(json.parse(state, "__PRELOADED_STATE__"), "__PRELOADED_STATE__");
        List<JsonArray> menus = new ArrayList<>();
        menuSections(root.get("composition"), menus);
        if (menus.isEmpty()) {
            throw json.fail("the location page's state holds no Menu fragment");
        }
        // The Location fragment carries a stub menu (sections of one nameless group); the real one names its meals.
        return menus.stream().filter(SodexoLocationPage::namesItsMeals).findFirst().orElse(JsonValue.EMPTY_JSON_ARRAY);
    }

    private static boolean namesItsMeals(JsonArray sections) {
        return sections.stream().anyMatch(s -> s instanceof JsonObject section && section.containsKey("name"));
    }

    /** Every {@code Menu} fragment's sections, depth first: regions and fragments nest. */
    private static void menuSections(JsonValue value, List<JsonArray> found) {
        if (value instanceof JsonArray array) {
            array.forEach(element -> menuSections(element, found));
        } else if (value instanceof JsonObject object) {
            if (object.get("type") instanceof JsonString type && type.getString().equals("Menu")
                    && object.get("content") instanceof JsonObject content
                    && content.get("main") instanceof JsonObject main
                    && main.get("sections") instanceof JsonArray sections) {
                found.add(sections);
            }
            object.values().forEach(member -> menuSections(member, found));
        }
    }
}
