package org.fivecmenus.menu.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dietary vocabulary shared by all vendors (docs/vendors.md 4.2), in display order. Vendors assert different
 * subsets; a label we do not know is kept as raw text after these rather than dropped.
 */
public enum DietaryTag {
    VEGAN("vegan"),
    VEGETARIAN("vegetarian"),
    PLANT_BASED("plant-based"),
    GLUTEN_FREE("gluten-free"),
    HALAL("halal"),
    KOSHER("kosher"),
    MINDFUL("mindful"),
    BALANCED("balanced"),
    FARM_TO_FORK("farm-to-fork"),
    HUMANE("humane"),
    SEAFOOD_WATCH("seafood-watch"),
    ORGANIC("organic"),
    CONTAINS_BEEF("contains-beef"),
    CONTAINS_PORK("contains-pork"),
    CONTAINS_POULTRY("contains-poultry"),
    CONTAINS_LAMB("contains-lamb");

    private final String slug;

    DietaryTag(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

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
