package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HallColoursTest {

    @Test
    void darkTextOnLightCollegeColours() {
        assertThat(HallColours.textOn("#FDB913")).as("Mudd gold").isEqualTo("#000");
        assertThat(HallColours.textOn("#F7941D")).as("Pitzer orange").isEqualTo("#000");
    }

    @Test
    void lightTextOnDarkCollegeColours() {
        assertThat(HallColours.textOn("#981A31")).as("CMC maroon").isEqualTo("#fff");
        assertThat(HallColours.textOn("#20438F")).as("Pomona blue").isEqualTo("#fff");
        assertThat(HallColours.textOn("#34715B")).as("Scripps green").isEqualTo("#fff");
    }
}
