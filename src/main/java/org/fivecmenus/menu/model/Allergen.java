package org.fivecmenus.menu.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The allergen vocabulary shared by all vendors, in display order. */
public enum Allergen {
    MILK("milk"),
    EGG("egg"),
    FISH("fish"),
    SHELLFISH("shellfish"),
    TREE_NUT("tree-nut"),
    PEANUT("peanut"),
    WHEAT("wheat"),
    SOY("soy"),
    SESAME("sesame"),
    GLUTEN("gluten");

    private final String slug;

    Allergen(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /**
     * Reads the names and codes vendors use: Sodexo "Milk", "Tree Nut" and the newer codes "EGGS", "SO",
     * "TREE_NUTS", "SESAME_SEEDS"; Pomona "Tree Nut (Walnut)". A specific tree nut counts as tree nut: the
     * model has no per-nut detail yet.
     */
    public static Optional<Allergen> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        if (l.startsWith("tree nut")) {
            return Optional.of(TREE_NUT);
        }
        return Optional.ofNullable(switch (l) {
            case "milk", "dairy" -> MILK;
            case "egg", "eggs" -> EGG;
            case "fish" -> FISH;
            case "shellfish", "shell fish", "crustacean shellfish", "crustaceans", "crustacean", "mollusks",
                 "molluscs", "mollusk", "mollusc" -> SHELLFISH;
            case "peanut", "peanuts" -> PEANUT;
            case "wheat" -> WHEAT;
            case "soy", "so", "soya", "soybean", "soybeans" -> SOY;
            case "sesame", "sesame seed", "sesame seeds" -> SESAME;
            case "gluten" -> GLUTEN;
            default -> null;
        });
    }

    /**
     * The allergen list of an item: known allergens in canonical order, then any label we cannot map, kept
     * as given because silently dropping an allergen is worse than showing an odd word.
     */
    public static List<String> slugs(Collection<Allergen> known, Collection<String> unknown) {
        Set<Allergen> set = known.isEmpty() ? EnumSet.noneOf(Allergen.class) : EnumSet.copyOf(known);
        Set<String> out = new LinkedHashSet<>();
        for (Allergen a : set) {
            out.add(a.slug);
        }
        Set<String> seen = new HashSet<>(out);
        for (String raw : unknown) {
            String label = raw == null ? "" : raw.strip();
            if (!label.isEmpty() && seen.add(label.toLowerCase(Locale.ROOT))) {
                out.add(label);
            }
        }
        return List.copyOf(out);
    }
}
