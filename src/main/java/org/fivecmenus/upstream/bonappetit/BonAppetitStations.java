package org.fivecmenus.upstream.bonappetit;

import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.upstream.StationRules;

/** Bon Appétit's station curation (docs/vendors.md 4.3), as its station names are spelled. */
public final class BonAppetitStations {

    public static final StationRules RULES = StationRules.builder()
            .hide("breakfast toppings", "breads, bagels and spreads", "cold cereal", "cold cereals",
                    "fruits and yogurts", "beverage", "beverages", "build your own sandwich", "cereal",
                    "toppings & condiments", "deli bar", "salad bar", "omelet bar", "juice and smoothie bar",
                    "expo - mongolian", "chef's table - pasta bar", "chef's table - taco bar")
            .merge("sweets", "chocolate chip cookies")
            .merge("main plate", "main plate in balance")
            .merge("ovens", "ovens2")
            .order("chef's table", "main plate", "breakfast", "breakfast @home", "@home", "breakfast options", "expo",
                    "global", "options", "expo - mongolian", "expo - little italy", "grill", "pasta - express",
                    "ovens", "collins late night snack", "vegan", "vegan salads", "vegan - hummus & pita", "sweets",
                    "stock pot", "stocks")
            .truncate("breakfast grill", 5).truncate("grill", 3).truncate("breakfast", 12)
            .truncate("breakfast @home", 3).truncate("breakfast options", 5).truncate("expo - little italy", 3)
            // Brunch is a breakfast too.
            .onlyAt("breakfast", MealPeriod.BREAKFAST, MealPeriod.BRUNCH)
            .moveTo("collins late night snack", MealPeriod.LATE_NIGHT)
            .build();

    private BonAppetitStations() {
    }
}
