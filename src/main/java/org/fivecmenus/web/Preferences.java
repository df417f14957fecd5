package org.fivecmenus.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fivecmenus.menu.model.Allergen;
import org.fivecmenus.menu.model.DietaryTag;
import org.fivecmenus.menu.model.Item;

/**
 * A student's filters: diets every shown item must meet, and allergens to hide or dim. Read from the query
 * (so links and the no-JavaScript form work) or, when the query has none, from the cookie the last choice
 * was remembered in. Unknown values are ignored rather than rejected: a stale bookmark should still open.
 */
public record Preferences(Set<String> diets, Set<String> avoid, boolean hideAvoided) {

    /** The diets one can filter on, by their tags' slugs, in the order the form shows them. */
    public static final List<String> DIETS = Stream.of(DietaryTag.VEGAN, DietaryTag.VEGETARIAN,
            DietaryTag.GLUTEN_FREE, DietaryTag.HALAL, DietaryTag.KOSHER, DietaryTag.PLANT_BASED).map(DietaryTag::slug)
            .toList();
    /** Every allergen of the vocabulary, in its order. */
    public static final List<String> ALLERGENS = Arrays.stream(Allergen.values()).map(Allergen::slug).toList();
    static final String COOKIE = "menu_filters";

    public static final Preferences NONE = new Preferences(Set.of(), Set.of(), true);

    public static Preferences of(HttpServletRequest request) {
        if (request.getParameter("clear") != null) {
            return NONE;
        }
        if (request.getParameter("filter") != null || request.getParameter("diet") != null
                || request.getParameter("avoid") != null || request.getParameter("mode") != null) {
            return new Preferences(known(request.getParameterValues("diet"), DIETS),
                    known(request.getParameterValues("avoid"), ALLERGENS), !"dim".equals(request.getParameter("mode")));
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return fromCookie(cookie.getValue());
                }
            }
        }
        return NONE;
    }

    /** The request's filters; when the student submitted the filter form, also remembered in the cookie. */
    public static Preferences read(HttpServletRequest request, HttpServletResponse response) {
        Preferences preferences = of(request);
        if (savedBy(request)) {
            response.addCookie(preferences.toCookie());
        }
        return preferences;
    }

    /**
     * Whether the student submitted the filter form (or cleared it), so the cookie should be rewritten. A link
     * that carries filters applies them to that page only: a shared link must never silently drop someone's
     * allergen filter.
     */
    public static boolean savedBy(HttpServletRequest request) {
        return request.getParameter("clear") != null || request.getParameter("filter") != null;
    }

    public Cookie toCookie() {
        String value = URLEncoder.encode(String.join(",", diets) + "|" + String.join(",", avoid) + "|"
                + (hideAvoided ? "hide" : "dim"), StandardCharsets.UTF_8);
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(isEmpty() ? 0 : 60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    /** A cookie we cannot read (edited, truncated, from another app) means no filters, never an error. */
    static Preferences fromCookie(String value) {
        if (value == null || value.length() > 512) {
            return NONE;
        }
        String[] parts;
        try {
            parts = URLDecoder.decode(value, StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException malformed) {
            return NONE;
        }
        if (parts.length != 3) {
            return NONE;
        }
        return new Preferences(known(parts[0].split(","), DIETS), known(parts[1].split(","), ALLERGENS),
                !"dim".equals(parts[2]));
    }

    private static Set<String> known(String[] values, List<String> vocabulary) {
        if (values == null) {
            return Set.of();
        }
        Set<String> chosen = Arrays.stream(values).map(String::strip).filter(vocabulary::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Set.copyOf(chosen);
    }

    public boolean isEmpty() {
        return diets.isEmpty() && avoid.isEmpty();
    }

    /** Meets every chosen diet. Vegetarian includes vegan, whatever the vendor marked. */
    public boolean suits(Item item) {
        for (String diet : diets) {
            boolean vegan = item.tags().contains(DietaryTag.VEGAN.slug());
            boolean meets = item.tags().contains(diet)
                    || (DietaryTag.VEGETARIAN.slug().equals(diet) && vegan)
                    || (DietaryTag.PLANT_BASED.slug().equals(diet) && vegan);
            if (!meets) {
                return false;
            }
        }
        return true;
    }

    /** Contains a chosen allergen according to the vendor. Unknown allergens (Bon Appétit) are not "contains". */
    public boolean containsAvoided(Item item) {
        return item.allergens() != null && item.allergens().stream().anyMatch(avoid::contains);
    }
}
