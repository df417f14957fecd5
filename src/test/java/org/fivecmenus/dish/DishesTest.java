package org.fivecmenus.dish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DishesTest {

    @Test
    void theNameItselfRanksFirstThenItsStartThenAWordsStartThenAnywhere() {
        assertThat(Dishes.textRank("pizza", "pizza")).isZero();
        assertThat(Dishes.textRank("pizza bianca", "pizza")).isEqualTo(1);
        assertThat(Dishes.textRank("cheese pizza", "pizza")).isEqualTo(2);
        assertThat(Dishes.textRank("deep dishpizza", "pizza")).isEqualTo(3);
    }
}
