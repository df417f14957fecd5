package org.fivecmenus.menu.model;

import java.util.List;
import java.util.Objects;

/**
 * One dish.
 *
 * @param description null when the vendor gives none
 * @param featured    the vendor's "today's special" mark (Bon Appétit {@code special}); catalogue items are
 *                    kept with {@code false}, never dropped
 * @param tags        {@link DietaryTag} slugs in canonical order, then unknown vendor labels as given
 * @param allergens   {@link Allergen} slugs; null when the vendor publishes no allergen data at all (Bon
 *                    Appétit), empty when it says there are none
 * @param calories    null when unknown
 */
public record Item(String name, String description, boolean featured, List<String> tags, List<String> allergens,
                   Integer calories) {

    public Item(String name, String description, boolean featured, List<String> tags, List<String> allergens,
                Integer calories) {
        // Explicit, not compact: see DayMenu's constructor.
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
        this.featured = featured;
        this.tags = List.copyOf(tags);
        this.allergens = allergens == null ? null : List.copyOf(allergens);
        this.calories = calories;
    }
}
