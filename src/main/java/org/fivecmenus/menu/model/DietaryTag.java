package org.fivecmenus.menu.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dietary vocabulary shared by all vendors (docs/vendors.md 4.2), in display order. Vendors assert different
 * subsets; a label we do not know is kept as raw text after these rather than dropped.
 */
public enum DietaryTag {
    VEGAN("vegan", "Vegan"),
    VEGETARIAN("vegetarian", "Vegetarian"),
    PLANT_BASED("plant-based", "Plant-based"),
    GLUTEN_FREE("gluten-free", "Gluten-free"),
    HALAL("halal", "Halal"),
    KOSHER("kosher", "Kosher"),
    MINDFUL("mindful", "Mindful"),
    BALANCED("balanced", "In Balance"),
    FARM_TO_FORK("farm-to-fork", "Farm to Fork"),
    HUMANE("humane", "Humane"),
    SEAFOOD_WATCH("seafood-watch", "Seafood Watch"),
    ORGANIC("organic", "Organic"),
    CONTAINS_BEEF("contains-beef", "Beef"),
    CONTAINS_PORK("contains-pork", "Pork"),
    CONTAINS_POULTRY("contains-poultry", "Poultry"),
    CONTAINS_LAMB("contains-lamb", "Lamb");

    private final String slug;
    private final String label;

    DietaryTag(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    /** How the site names the tag on a dish's badge. */
    public String label() {
        return label;
    }

    /** The tag of a slug, if it is one of the vocabulary (items keep unknown labels as they came). */
    public static Optional<DietaryTag> fromSlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    private static final Map<String, DietaryTag> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(DietaryTag::slug, Function.identity()));

    /**
     * The tag list of an item: known tags in canonical order, then unknown labels (trimmed, first spelling
     * kept, duplicates and blanks dropped). Vegan implies vegetarian because Bon Appétit and Pomona usually
     * mark only Vegan, and a vegetarian filter must not hide vegan dishes.
     */
    public static List<String> slugs(Collection<DietaryTag> known, Collection<String> unknown) {
        Set<DietaryTag> tags = known.isEmpty() ? EnumSet.noneOf(DietaryTag.class) : EnumSet.copyOf(known);
        if (tags.contains(VEGAN)) {
            tags.add(VEGETARIAN);
        }
        Set<String> out = new LinkedHashSet<>();
        for (DietaryTag t : tags) {
            out.add(t.slug);
        }
        Set<String> seen = new HashSet<>(out);
        for (String raw : unknown) {
            String label = raw == null ? "" : raw.replace('\u00A0', ' ').strip();
            if (!label.isEmpty() && seen.add(label.toLowerCase(Locale.ROOT))) {
                out.add(label);
            }
        }
        return List.copyOf(out);
    }
}
