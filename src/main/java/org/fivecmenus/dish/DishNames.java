package org.fivecmenus.dish;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normal form of a dish name, for matching across halls, days and spellings: case and accents
 * folded, punctuation dropped, and each word made singular, so that "Crème Brûlée", "creme brulee" and
 * "Cheeseburgers"/"cheeseburger" meet. Searches are normalised the same way. Pure.
 */
public final class DishNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    /** Longest normal form kept; the columns hold 300 characters, slugs 200. */
    static final int MAX_NORMAL = 190;

    private DishNames() {
    }

    /** "Veggie Chick'n Nuggets" → "veggie chick n nugget"; empty when the name has no letter or digit. */
    public static String normal(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(singular(word));
            }
        }
        String normal = out.toString();
        return normal.length() <= MAX_NORMAL ? normal : normal.substring(0, MAX_NORMAL).strip();
    }

    /** The dish page's name in URLs: "Cheeseburgers" → "cheeseburger", "Mac & Cheese" → "mac-cheese". */
    public static String slug(String name) {
        return normal(name).replace(' ', '-');
    }

    /** Whether a path segment is a slug this class could have made (and so worth a lookup). */
    public static boolean isSlug(String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_NORMAL && text.matches("[a-z0-9]+(-[a-z0-9]+)*");
    }

    /**
     * Every two-character sequence of the normal form, spaces included ("ab c" → "ab", "b ", " c"): what the
     * index keeps of a dish, and what a search asks it for.
     */
    public static Set<String> grams(String normal) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= normal.length(); i++) {
            grams.add(normal.substring(i, i + 2));
        }
        return grams;
    }

    /**
     * English plurals as menus write them: "berries" → "berry", "tomatoes" → "tomato", "sandwiches" →
     * "sandwich", "fries" → "fry", "burgers" → "burger", "paninis" → "panini"; "hummus", "couscous", "grass" and short words stay.
     */
    static String singular(String word) {
        if (word.length() <= 3 || word.endsWith("ss") || word.endsWith("us")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")
                || word.endsWith("xes") || word.endsWith("zes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
