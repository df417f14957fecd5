package org.fivecmenus.upstream.pomona;

import org.fivecmenus.upstream.StationRules;

/** Pomona's feed's station curation (docs/vendors.md 4.3), as its station names are spelled. */
public final class PomonaStations {

    public static final StationRules RULES = StationRules.builder()
            .merge("Grill", "grill station")
            .merge("Soup", "soup station", "soups")
            .merge("Expo", "expo station")
            .order("entree", "expo", "grill", "mainline", "starch", "pizza", "allergen friendly station", "salad",
                    "salad bar", "vegetable", "vegan/veggie", "soup", "deli-salad", "dessert", "desserts")
            .truncate("breakfast grill", 5)
            .build();

    private PomonaStations() {
    }
}
