package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "CHEF'S CORNER               | Chef's Corner",
            "CONTINENTAL B'FAST          | Continental B'fast",
            "HMC SPECIAL SALAD           | HMC Special Salad",
            "DELI BAR HMC                | Deli Bar HMC",
            "SOUP AND SALAD              | Soup and Salad",
            "MADE TO ORDER               | Made to Order",
            "PIZZA/PASTA                 | Pizza/Pasta",
            "ENTREE - MEAL               | Entree - Meal",
            "CREATIONS LTO'S             | Creations LTO's",
            "AFTERNOON SNACK             | Afternoon Snack",
            "Breakfast Grill             | Breakfast Grill",
            "pasta-express               | pasta-express"})
    void titleCasesOnlyShoutedNames(String vendor, String shown) {
        assertThat(Text.titleCaseIfShouting(vendor)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "270      | 270",
            "141.78   | 142",
            "12.4999  | 12",
            "  99.5   | 100",
            "10g      | 10",
            "''       | ",
            "NA       | ",
            "<5       | "})
    void readsCountsLeniently(String text, Integer expected) {
        assertThat(Text.leadingInt(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', nullValues = "NULL", textBlock = """
            spice seared beef top sirloin    |                       # spice seared beef top sirloin
            | cinnabon | chocolate chip le gateau                   # cinnabon | chocolate chip le gateau
            maple syrup | strawberry syrup |<br />contains flour     # maple syrup | strawberry syrup | contains flour
            eggs || bacon |  | toast                                 # eggs | bacon | toast
            rice, , beans,,  corn;                                  # rice, beans, corn
            mac &amp;amp; cheese &amp; peas                          # mac &amp; cheese & peas
            ' | '                                                   # NULL
            """)
    void tidiesDescriptionsSeparatorsAndDecodesEntitiesOnce(String raw, String shown) {
        assertThat(Text.description(raw)).isEqualTo(shown);
    }
}
