package org.fivecmenus.dish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DishNamesTest {

    @Test
    void caseAccentsPunctuationAndPluralsFoldToOneNormalForm() {
        assertThat(DishNames.normal("Crème Brûlée")).isEqualTo(DishNames.normal("creme brulee"));
        assertThat(DishNames.normal("Cheeseburgers")).isEqualTo(DishNames.normal("cheeseburger"));
        assertThat(DishNames.normal("  Mac & Cheese! ")).isEqualTo("mac cheese");
        assertThat(DishNames.normal("Veggie Chick'n Nuggets")).isEqualTo("veggie chick n nugget");
    }

    @Test
    void pluralsAsMenusWriteThem() {
        assertThat(DishNames.singular("berries")).isEqualTo("berry");
        assertThat(DishNames.singular("tomatoes")).isEqualTo("tomato");
        assertThat(DishNames.singular("sandwiches")).isEqualTo("sandwich");
        assertThat(DishNames.singular("burgers")).isEqualTo("burger");
        assertThat(DishNames.singular("paninis")).isEqualTo("panini");
        assertThat(DishNames.singular("hummus")).isEqualTo("hummus");
        assertThat(DishNames.singular("couscous")).isEqualTo("couscous");
        assertThat(DishNames.singular("fries")).isEqualTo("fry");
        assertThat(DishNames.singular("peas")).isEqualTo("pea");
        assertThat(DishNames.singular("tea")).isEqualTo("tea");
    }

    @Test
    void aSlugIsTheNormalFormWithDashesAndOnlySuchTextIsASlug() {
        assertThat(DishNames.slug("Mac & Cheese")).isEqualTo("mac-cheese");
        assertThat(DishNames.isSlug("mac-cheese")).isTrue();
        assertThat(DishNames.isSlug("Mac-Cheese")).isFalse();
        assertThat(DishNames.isSlug("mac--cheese")).isFalse();
        assertThat(DishNames.isSlug("../etc")).isFalse();
        assertThat(DishNames.isSlug("")).isFalse();
    }

    @Test
    void gramsAreEveryPairOfCharactersIncludingSpaces() {
        assertThat(DishNames.grams("ab c")).containsExactly("ab", "b ", " c");
        assertThat(DishNames.grams("a")).isEmpty();
    }
}
