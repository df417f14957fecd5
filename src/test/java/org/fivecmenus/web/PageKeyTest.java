package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.menu.ServedDay;
import org.fivecmenus.menu.MenuStatus;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DaySource;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.web.Cards.CardHead;
import org.fivecmenus.web.Cards.CardLength;
import org.junit.jupiter.api.Test;

/** Two renderings that may differ never share a kept page's key; two that may not, do. */
class PageKeyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Preferences NONE = Preferences.NONE;
    private static final PreparedDay DAY = day("Tofu steak");
    private static final CardHead OPEN = head(true, "Open · closes at 7:00 pm");

    private static PageKey home(LocalDate date, Preferences preferences) {
        return PageKey.home(date, MONDAY, null, preferences, 1).withCard(DAY, OPEN, null);
    }

    @Test
    void everyFilterAndEveryDateMakesAKeyOfItsOwn() {
        List<PageKey> keys = List.of(
                home(MONDAY, NONE),
                home(MONDAY, new Preferences(Set.of("vegan"), Set.of(), true)),
                home(MONDAY, new Preferences(Set.of("vegetarian"), Set.of(), true)),
                home(MONDAY, new Preferences(Set.of("vegan", "halal"), Set.of(), true)),
                home(MONDAY, new Preferences(Set.of(), Set.of("peanuts"), true)),
                home(MONDAY, new Preferences(Set.of(), Set.of("peanuts"), false)),
                home(MONDAY, new Preferences(Set.of(), Set.of("peanuts", "milk"), true)),
                home(MONDAY.plusDays(1), NONE),
                PageKey.home(MONDAY, MONDAY.minusDays(1), null, NONE, 1).withCard(DAY, OPEN, null),
                PageKey.home(MONDAY, MONDAY, "dinner", NONE, 1).withCard(DAY, OPEN, null),
                PageKey.home(MONDAY, MONDAY, null, NONE, 2).withCard(DAY, OPEN, null));

        assertThat(Set.copyOf(keys)).hasSameSizeAs(keys);
    }

    @Test
    void theSameFiltersGivenInAnotherOrderAreOneKey() {
        Set<String> veganHalal = new LinkedHashSet<>(List.of("vegan", "halal"));
        Set<String> halalVegan = new LinkedHashSet<>(List.of("halal", "vegan"));

        assertThat(home(MONDAY, new Preferences(veganHalal, Set.of("milk", "eggs"), true)))
                .isEqualTo(home(MONDAY, new Preferences(halalVegan, Set.of("eggs", "milk"), true)))
                .hasSameHashCodeAs(home(MONDAY, new Preferences(halalVegan, Set.of("eggs", "milk"), true)));
    }

    @Test
    void aNewMenuAChangedHeadOrAnotherPageIsAnotherKey() {
        PageKey page = home(MONDAY, NONE);

        assertThat(PageKey.home(MONDAY, MONDAY, null, NONE, 1).withCard(day("Bean chili"), OPEN, null)).isNotEqualTo(page);
        assertThat(PageKey.home(MONDAY, MONDAY, null, NONE, 1).withCard(DAY, head(false, "Closed · opens at 5:00 pm"), null))
                .isNotEqualTo(page);
        assertThat(PageKey.hall("collins", MONDAY, MONDAY, null, NONE, 1).withCard(DAY, OPEN, null)).isNotEqualTo(page);
        assertThat(PageKey.hall("collins", MONDAY, MONDAY, null, NONE, 1).withCard(DAY, OPEN, "12 min ago"))
                .isNotEqualTo(PageKey.hall("collins", MONDAY, MONDAY, null, NONE, 1).withCard(DAY, OPEN, "13 min ago"));
    }

    @Test
    void aCardBodyDiffersByItsPlaceOnThePageAndItsLength() {
        PageKey onHome = PageKey.cardBody(OPEN, DAY, MONDAY, NONE, CardLength.SHORT, "collins", "collins-title", 1);

        assertThat(Set.of(onHome,
                PageKey.cardBody(OPEN, DAY, MONDAY, NONE, CardLength.FULL, "collins", "collins-title", 1),
                PageKey.cardBody(OPEN, DAY, MONDAY, NONE, CardLength.SHORT, "day-2026-03-02", "collins-title", 1),
                PageKey.cardBody(OPEN, DAY, MONDAY, new Preferences(Set.of("vegan"), Set.of(), true), CardLength.SHORT,
                        "collins", "collins-title", 1))).hasSize(4);
        assertThat(PageKey.cardBody(OPEN, DAY, MONDAY, NONE, CardLength.SHORT, "collins", "collins-title", 1))
                .isEqualTo(onHome);
    }

    @Test
    void gzipAndIdentityAreOneKeptPageWithTheSameBytes() throws IOException {
        Prepared page = Prepared.html("<!DOCTYPE html><p>" + "Tofu steak ".repeat(200) + "</p>");

        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(page.gzip()))) {
            assertThat(gzip.readAllBytes()).isEqualTo(page.identity());
        }
    }

    @Test
    void darkAndLightAreTheStylesheetsNotThePagesSoTheyNeedNoKey() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/static/site.css"), StandardCharsets.UTF_8);

        assertThat(css).contains("@media (prefers-color-scheme: dark)");
        assertThat(PageKey.class.getRecordComponents()).extracting(c -> c.getName())
                .doesNotContain("scheme", "theme", "encoding", "admin");
    }

    private static PreparedDay day(String dish) {
        DayMenu menu = new DayMenu("collins", MONDAY, DayStatus.SERVED, List.of(new Meal("dinner", "Dinner",
                MealPeriod.DINNER, LocalTime.of(17, 0), LocalTime.of(19, 0), List.of(Station.of("Grill",
                List.of(new Item(dish, null, true, List.of("vegan"), null, null)))))), DaySource.VENDOR);
        Instant fetched = Instant.parse("2026-03-02T19:00:00Z");
        return PreparedDay.of(ServedDay.fresh(menu, fetched), fetched.plus(Duration.ofMinutes(30)),
                fetched.plus(Duration.ofHours(3)), Duration.ofMillis(200));
    }

    private static CardHead head(boolean open, String badge) {
        return new CardHead("collins", "Collins", "Claremont McKenna", open, badge, false, MenuStatus.OK, null, null,
                null, "dinner");
    }
}
