package org.fivecmenus.menu.model;

import java.util.Locale;

/**
 * Consistent casing for names vendors write in one case throughout: Sodexo shouts ("ENTREE - MEAL"), Bon
 * Appétit whispers ("expo- little italy"). A name in mixed case was cased by someone on purpose and is kept.
 */
public final class TitleCase {

    private static final String[] SMALL_WORDS = {"And", "To", "Or", "Of", "With", "The", "A", "In", "On"};
    private static final String[] ACRONYMS = {"HMC", "LTO", "BBQ", "BYO"};

    private TitleCase() {
    }

    /** "ENTREE - MEAL" and "entree - meal" → "Entree - Meal"; "McConnell's Grill" as it is; null for null. */
    public static String ofOneCase(String name) {
        if (name == null || (name.chars().anyMatch(Character::isLowerCase)
                && name.chars().anyMatch(Character::isUpperCase))) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        char previous = ' ';
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean wordStart = Character.isLetter(c) && !Character.isLetterOrDigit(previous)
                    && previous != '\'' && previous != '\u2019';
            out.append(wordStart ? Character.toTitleCase(c) : c);
            previous = c;
        }
        String titled = out.toString();
        for (String small : SMALL_WORDS) {
            titled = titled.replaceAll("(?<=\\s)" + small + "(?=\\s)", small.toLowerCase(Locale.ROOT));
        }
        for (String acronym : ACRONYMS) {
            String asTitle = acronym.charAt(0) + acronym.substring(1).toLowerCase(Locale.ROOT);
            titled = titled.replaceAll("\\b" + asTitle + "\\b", acronym);
        }
        return titled;
    }
}
