package org.fivecmenus.menu.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

    @Test
    void aNameWrittenAllInCapitalsOrAllInLowerCaseIsTitleCased() {
        assertThat(TitleCase.ofOneCase("ENTREE - MEAL")).isEqualTo("Entree - Meal");
        assertThat(TitleCase.ofOneCase("expo- little italy")).isEqualTo("Expo- Little Italy");
        assertThat(TitleCase.ofOneCase("@home")).isEqualTo("@Home");
    }

    @Test
    void smallWordsStayLowerAcronymsUpperAndALetterAfterAnApostropheLower() {
        assertThat(TitleCase.ofOneCase("chef's table - pasta bar")).isEqualTo("Chef's Table - Pasta Bar");
        assertThat(TitleCase.ofOneCase("toppings and condiments")).isEqualTo("Toppings and Condiments");
        assertThat(TitleCase.ofOneCase("HMC SPECIAL SALAD")).isEqualTo("HMC Special Salad");
        assertThat(TitleCase.ofOneCase("vegan - hummus & pita")).isEqualTo("Vegan - Hummus & Pita");
    }

    @Test
    void aNameInMixedCaseWasCasedOnPurposeAndIsKept() {
        assertThat(TitleCase.ofOneCase("McConnell's Grill")).isEqualTo("McConnell's Grill");
        assertThat(TitleCase.ofOneCase(null)).isNull();
    }
}
