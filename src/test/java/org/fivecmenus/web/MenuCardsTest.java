package org.fivecmenus.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.fivecmenus.hours.HallStatus;
import org.fivecmenus.hours.OpeningHours;
import org.fivecmenus.hours.WeeklyHours;
import org.fivecmenus.menu.ServedDay;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DaySource;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.junit.jupiter.api.Test;

/** Which meal tab a card opens on, judged at fixed instants of a Collins Monday (2026-03-16, PDT). */
class MenuCardsTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);
    private static final List<WeeklyHours> COLLINS = List.of(
            row("breakfast", "Breakfast", MealPeriod.BREAKFAST, "07:30", "09:00"),
            row("continental_breakfast", "Continental Breakfast", MealPeriod.BREAKFAST, "09:00", "10:00"),
            row("lunch", "Lunch", MealPeriod.LUNCH, "11:00", "13:00"),
            row("dinner", "Dinner", MealPeriod.DINNER, "17:00", "19:00"));
    private static final List<Meal> MEALS = List.of(meal("breakfast", "Breakfast", MealPeriod.BREAKFAST),
            meal("continental_breakfast", "Continental Breakfast", MealPeriod.BREAKFAST),
            meal("lunch", "Lunch", MealPeriod.LUNCH), meal("dinner", "Dinner", MealPeriod.DINNER));

    @Test
    void theMealBeingServedIsSelectedByItsKeyNotJustItsPeriod() {
        assertThat(selectedAt("09:30")).isEqualTo("continental_breakfast");
        assertThat(selectedAt("08:00")).isEqualTo("breakfast");
    }

    @Test
    void betweenMealsTheNextMealOfTheDayIsSelected() {
        assertThat(selectedAt("14:30")).isEqualTo("dinner");
        assertThat(selectedAt("06:00")).isEqualTo("breakfast");
    }

    @Test
    void afterTheLastMealTheLastTabStaysSelected() {
        assertThat(selectedAt("21:00")).isEqualTo("dinner");
    }

    @Test
    void aMealAskedForWinsByKeyOrPeriod() {
        HallStatus status = status("08:00");
        assertThat(MenuCards.selectedMeal(MEALS, "Lunch", status, MONDAY)).isEqualTo("lunch");
        assertThat(MenuCards.selectedMeal(MEALS, "continental breakfast", status, MONDAY)).isEqualTo("continental_breakfast");
        assertThat(MenuCards.selectedMeal(MEALS, "no such meal", status, MONDAY)).isEqualTo("breakfast");
    }

    @Test
    void anotherDayOpensOnItsFirstMeal() {
        assertThat(MenuCards.selectedMeal(MEALS, null, null, MONDAY.plusDays(1))).isEqualTo("breakfast");
    }

    @Test
    void elapsedTimeReadsLikeAPerson() {
        assertThat(TimeText.ago(Duration.ofSeconds(30))).isEqualTo("just now");
        assertThat(TimeText.ago(Duration.ofMinutes(45))).isEqualTo("45 min ago");
        assertThat(TimeText.ago(Duration.ofMinutes(125))).isEqualTo("2 h ago");
        assertThat(TimeText.ago(Duration.ofDays(3))).isEqualTo("3 days ago");
    }

    @Test
    void aCurrentMenuSaysWhenItWasFetchedAndWhenItIsDueAgain() {
        Instant fetched = MONDAY.atTime(11, 8).atZone(LA).toInstant();
        Instant now = fetched.plus(Duration.ofMinutes(12));
        assertThat(HallPage.freshness(day(fetched, fetched.plus(Duration.ofMinutes(31)), false), now, LA))
                .isEqualTo("Updated 12 min ago · next update around 11:39 am");
        assertThat(HallPage.freshness(day(fetched, fetched.plus(Duration.ofMinutes(5)), false), now, LA))
                .isEqualTo("Updated 12 min ago · an update is under way");
        Instant lateAtNight = MONDAY.atTime(23, 50).atZone(LA).toInstant();
        assertThat(HallPage.freshness(day(lateAtNight, lateAtNight.plus(Duration.ofMinutes(30)), false), lateAtNight,
                LA))
                .isEqualTo("Updated just now · next update around Tue 12:20 am");
        // A stale copy's notice already says when it was last updated, and why it is not newer.
        assertThat(HallPage.freshness(day(fetched, now.plusSeconds(60), true), now, LA)).isNull();
        assertThat(HallPage.freshness(PreparedDay.unavailable("collins", MONDAY, now), now, LA)).isNull();
    }

    private static PreparedDay day(Instant fetched, Instant due, boolean stale) {
        DayMenu menu = new DayMenu("collins", MONDAY, DayStatus.SERVED, MEALS, DaySource.VENDOR);
        ServedDay result = stale ? ServedDay.stale(menu, fetched) : ServedDay.fresh(menu, fetched);
        return PreparedDay.of(result, due, due.plus(Duration.ofHours(3)), Duration.ofMillis(200));
    }

    private static String selectedAt(String localTime) {
        return MenuCards.selectedMeal(MEALS, null, status(localTime), MONDAY);
    }

    private static HallStatus status(String localTime) {
        Instant at = MONDAY.atTime(LocalTime.parse(localTime)).atZone(LA).toInstant();
        return new OpeningHours(Clock.fixed(at, LA), LA).statusesAt(at, COLLINS, List.of()).get("collins");
    }

    private static WeeklyHours row(String key, String label, MealPeriod period, String start, String end) {
        return new WeeklyHours("collins", DayOfWeek.MONDAY, key, label, period, LocalTime.parse(start),
                LocalTime.parse(end), true, false, "test");
    }

    private static Meal meal(String key, String label, MealPeriod period) {
        return new Meal(key, label, period, null, null, List.of());
    }
}
