package org.fivecmenus.upstream.sodexo;

import org.fivecmenus.upstream.StationRules;

/** Sodexo's station curation (docs/vendors.md 4.3), as its station names are spelled. */
public final class SodexoStations {

    public static final StationRules RULES = StationRules.builder()
            .hide("salad bar", "deli bar", "deli bar hmc", "deli", "hot cereal", "sub connection",
                    "have a great day", "rice", "potatoes", "sauces", "action-made to order", "omelet bar",
                    "breakfast options", "burger shack")
            .hideItems("Have A Nice Day", "Have a Great Day")
            // The inherited table wrote "special (hot) station salad north/south"; both halves are listed too.
            .merge("Special Salad Station", "hmc salad", "special bar salad-s",
                    "special (hot) station salad north/south", "special (hot) station salad north",
                    "special (hot) station salad south")
            .merge("Miscellaneous", "misc", "-")
            .merge("Soups", "soup", "stew", "stews")
            .merge("Breakfast Grill", "grill breakfast")
            .merge("Entree", "entrees", "Entrée")
            .order("exhibition", "entree", "dim sum", "chicken entree", "beef entree", "fish/seafood entree", "pork",
                    "action", "creations", "creations lto's", "breakfast grill", "chef's corner lto's",
                    "chef's corner", "international", "oven", "taco bar", "breakfast", "grill", "the grill dinner",
                    "vegetarian entrees", "special salad station", "veggie valley", "pasta/noodles", "pizza",
                    "simple servings", "vegetables", "miscellaneous", "soups", "soup bar", "specialty salads",
                    "hmc special salad", "salad", "stg", "dessert", "desserts", "fruit bar", "bakery",
                    "salad bar yogurt")
            .truncate("breakfast grill", 5).truncate("grill", 3).truncate("breakfast", 12)
            .truncate("breakfast @home", 3).truncate("international", 6)
            .build();

    private SodexoStations() {
    }
}
