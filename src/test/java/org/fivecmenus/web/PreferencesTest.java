package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.fivecmenus.menu.model.Item;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    private static Item item(List<String> tags, List<String> allergens) {
        return new Item("dish", null, false, tags, allergens, null);
    }

    @Test
    void vegetarianIncludesVeganDishes() {
        Preferences vegetarian = new Preferences(Set.of("vegetarian"), Set.of(), true);

        assertThat(vegetarian.suits(item(List.of("vegan"), List.of()))).isTrue();
        assertThat(vegetarian.suits(item(List.of("vegetarian"), List.of()))).isTrue();
        assertThat(vegetarian.suits(item(List.of("halal"), List.of()))).isFalse();
    }

    @Test
    void everyChosenDietMustBeMet() {
        Preferences both = new Preferences(Set.of("vegan", "gluten-free"), Set.of(), true);

        assertThat(both.suits(item(List.of("vegan", "vegetarian", "gluten-free"), List.of()))).isTrue();
        assertThat(both.suits(item(List.of("vegan", "vegetarian"), List.of()))).isFalse();
    }

    @Test
    void unpublishedAllergensAreNotCountedAsContaining() {
        Preferences noPeanuts = new Preferences(Set.of(), Set.of("peanut"), true);

        assertThat(noPeanuts.containsAvoided(item(List.of(), List.of("peanut", "soy")))).isTrue();
        assertThat(noPeanuts.containsAvoided(item(List.of(), List.of("soy")))).isFalse();
        assertThat(noPeanuts.containsAvoided(item(List.of(), null))).isFalse();
    }

    @Test
    void aCookieRoundTripsAndGarbageMeansNoFilters() {
        Preferences chosen = new Preferences(Set.of("halal"), Set.of("milk", "egg"), false);
        String value = chosen.toCookie().getValue();

        assertThat(Preferences.fromCookie(value)).isEqualTo(chosen);
        for (String garbage : new String[] {"%zz", "%", "", "a|b", "x".repeat(2000), "vegan|milk|hide|extra", null}) {
            assertThat(Preferences.fromCookie(garbage)).as(String.valueOf(garbage)).isEqualTo(Preferences.NONE);
        }
        assertThat(Preferences.fromCookie("poison%2Cvegan%7Carsenic%7Chide").diets()).containsExactly("vegan");
    }
}
