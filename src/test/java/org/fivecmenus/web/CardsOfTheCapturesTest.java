package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.fivecmenus.menu.ServedDay;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.TitleCase;
import org.fivecmenus.testing.VendorStub;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.bonappetit.BonAppetitMenus;
import org.fivecmenus.upstream.pomona.PomonaMenus;
import org.fivecmenus.upstream.sodexo.SodexoMenus;
import org.fivecmenus.web.Cards.CardLength;
import org.fivecmenus.web.Cards.ItemView;
import org.fivecmenus.web.Cards.MealTab;
import org.fivecmenus.web.Cards.StationView;
import org.junit.jupiter.api.Test;

/** The cards the site renders from every real capture, against the curated form the API answers. */
class CardsOfTheCapturesTest {

    private final MenuCards cards = new MenuCards();

    private static Map<String, DayMenu> captures() throws MenuParseException {
        Map<String, DayMenu> days = new LinkedHashMap<>();
        for (var e : VendorStub.SODEXO_CAPTURES.entrySet()) {
            days.put("hoch " + e.getKey(), new SodexoMenus().parse(VendorStub.resource(e.getValue()), "hoch",
                    LocalDate.parse(e.getKey())));
        }
        // Hoch's own menu: the real page state of 2025-11-15, 44 dishes at brunch.
        days.put("hoch 2025-11-15", new SodexoMenus().parseTodaysPage(
                VendorStub.resource("vendor/sodexo/synthetic/hoch-location-page_2025-11-15.html"), "hoch",
                LocalDate.of(2025, 11, 15)));
        for (var e : VendorStub.BON_APPETIT_CAPTURES.entrySet()) {
            days.put(e.getKey(), new BonAppetitMenus().parse(VendorStub.resource(e.getValue()), e.getKey(),
                    LocalDate.of(2026, 2, 7)));
        }
        for (var e : VendorStub.POMONA_CAPTURES.entrySet()) {
            for (LocalDate date : IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2025, 12, d)).toList()) {
                days.put(e.getKey() + " " + date, new PomonaMenus().parse(VendorStub.resource(e.getValue()),
                        e.getKey().toLowerCase(), date));
            }
        }
        return days;
    }

    private List<MealTab> tabs(DayMenu menu, CardLength length) {
        return cards.tabs(menu.hallId(), ServedDay.fresh(menu, Instant.EPOCH), null, Preferences.NONE, length);
    }

    @Test
    void withoutFiltersAHallPageCardShowsExactlyTheCuratedFormWithTheRestBehindEachStationsMore() throws Exception {
        for (var capture : captures().entrySet()) {
            List<MealTab> tabs = tabs(capture.getValue(), CardLength.FULL);
            List<Meal> meals = capture.getValue().meals();
            for (int m = 0; m < meals.size(); m++) {
                Meal curated = meals.get(m).curated();
                MealTab tab = tabs.get(m);
                String which = capture.getKey() + " " + curated.key();
                assertThat(tab.later()).as(which).isEmpty();
                // The curated form leaves out stations that show nothing; the card keeps them, collapsed.
                List<StationView> showing = tab.stations().stream().filter(s -> !s.items().isEmpty()).toList();
                assertThat(showing.stream().map(StationView::name)).as(which)
                        .containsExactlyElementsOf(curated.stations().stream().map(s -> TitleCase.ofOneCase(s.name())).toList());
                assertThat(showing.stream().flatMap(s -> s.items().stream()).map(ItemView::name)).as(which)
                        .containsExactlyElementsOf(curated.stations().stream().flatMap(s -> s.items().stream())
                                .map(Item::name).toList());
                assertThat(every(tab)).as(which + ": every dish is on the card").containsExactlyInAnyOrderElementsOf(
                        meals.get(m).stations().stream().flatMap(s -> s.items().stream()).map(Item::name).toList());
            }
        }
    }

    @Test
    void aHomePageCardShowsAtMostTwelveLinesBeforeItsMoreWhateverTheVendorAndLosesNoDish() throws Exception {
        int cut = 0;
        for (var capture : captures().entrySet()) {
            List<MealTab> full = tabs(capture.getValue(), CardLength.FULL);
            List<MealTab> short_ = tabs(capture.getValue(), CardLength.SHORT);
            for (int m = 0; m < full.size(); m++) {
                MealTab tab = short_.get(m);
                String which = capture.getKey() + " " + tab.key();
                int lines = tab.stations().stream().mapToInt(s -> 1 + s.items().size()).sum();
                assertThat(lines).as(which + " lines").isLessThanOrEqualTo(12);
                assertThat(every(tab)).as(which).containsExactlyInAnyOrderElementsOf(every(full.get(m)));
                if (!tab.later().isEmpty()) {
                    cut++;
                    assertThat(tab.laterCount()).isPositive();
                }
            }
        }
        assertThat(cut).as("meals cut short, Hoch's among them").isGreaterThan(10);
        assertThat(tabs(captures().get("hoch 2025-11-15"), CardLength.SHORT)).allSatisfy(t ->
                assertThat(t.later()).isNotEmpty());
    }

    private static List<String> every(MealTab tab) {
        return Stream.concat(tab.stations().stream(), tab.later().stream())
                .flatMap(s -> Stream.concat(s.items().stream(), s.more().stream())).map(ItemView::name)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }
}
