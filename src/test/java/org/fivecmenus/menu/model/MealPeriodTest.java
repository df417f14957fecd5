package org.fivecmenus.menu.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MealPeriodTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "Breakfast                   | breakfast",
            "'Continental Breakfast\u00A0\u00A0' | breakfast",
            "Continental                 | breakfast",
            "BRUNCH                      | brunch",
            "Lunch                       | lunch",
            "DINNER                      | dinner",
            "Late Night                  | late_night",
            "Late Night Breakfast        | late_night",
            "Brunch and Lunch            | brunch",
            "AFTERNOON SNACK             | none",
            "Continuous Service          | none",
            "Closed                      | none",
            "Closed for Lunch            | none"})
    void mapsVendorLabelsByTheFirstMatchingRule(String label, String slug) {
        assertThat(MealPeriod.fromLabel(label).map(MealPeriod::slug).orElse(null)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "Continental Breakfast       | continental_breakfast",
            "'Continental Breakfast \u00A0' | continental_breakfast",
            "BRUNCH                      | brunch",
            "Late Night                  | late_night",
            "Déjeuner                    | dejeuner",
            "Lunch; {today}              | lunch_today",
            "AFTERNOON SNACK             | afternoon_snack"})
    void keysMealsByLabelSlug(String label, String key) {
        assertThat(Meal.keyOf(label)).isEqualTo(key);
    }
}
