package org.fivecmenus.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.TimesFrom;
import org.junit.jupiter.api.Test;

class MealTimesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 15);
    private static final List<Station> DISHES = List.of(Station.of("Grill", List.of(
            new Item("Cheeseburger", null, false, List.of(), null, null))));

    private static Meal untimed(String label) {
        return new Meal(Meal.keyOf(label), label, MealPeriod.fromLabel(label).orElse(null), null, null, DISHES);
    }

    private static MealTimes.Slot slot(String key, MealPeriod period, String start, String end) {
        return new MealTimes.Slot(key, period, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static List<Meal> timed(List<Meal> meals, MealTimes.Slot... slots) {
        return MealTimes.timed(new DayMenu("hoch", DAY, DayStatus.SERVED, meals), List.of(slots)).meals();
    }

    @Test
    void anUntimedMealTakesTheWindowOfTheSameKeyMarkedAsFromTheHours() {
        List<Meal> meals = timed(List.of(untimed("BRUNCH"), untimed("DINNER")),
                slot("brunch", MealPeriod.BRUNCH, "10:30", "12:45"), slot("dinner", MealPeriod.DINNER, "17:00", "19:00"));

        assertThat(meals).extracting(Meal::startsAt, Meal::endsAt, Meal::timesFrom).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalTime.of(10, 30), LocalTime.of(12, 45), TimesFrom.HOURS),
                org.assertj.core.groups.Tuple.tuple(LocalTime.of(17, 0), LocalTime.of(19, 0), TimesFrom.HOURS));
    }

    @Test
    void withoutTheSameKeyTheWindowOfTheSamePeriodServes() {
        List<Meal> meals = timed(List.of(untimed("Lunch")), slot("weekday_lunch", MealPeriod.LUNCH, "11:00", "13:30"));

        assertThat(meals.get(0).startsAt()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void breakfastAndLunchListedOnABrunchDayAreServedAtBrunch() {
        List<Meal> meals = timed(List.of(untimed("Breakfast"), untimed("Lunch"), untimed("Dinner")),
                slot("brunch", MealPeriod.BRUNCH, "10:00", "13:00"), slot("dinner", MealPeriod.DINNER, "17:00", "19:00"));

        assertThat(meals).extracting(Meal::startsAt).containsExactly(LocalTime.of(10, 0), LocalTime.of(10, 0),
                LocalTime.of(17, 0));
    }

    @Test
    void aMealNoWindowFitsStaysUntimedRatherThanTakingAnotherMealsHours() {
        List<Meal> meals = timed(List.of(untimed("AFTERNOON SNACK"), untimed("Dinner")),
                slot("lunch", MealPeriod.LUNCH, "11:00", "13:30"));

        assertThat(meals).extracting(Meal::startsAt, Meal::timesFrom).containsOnly(
                org.assertj.core.groups.Tuple.tuple(null, null));
    }

    @Test
    void theVendorsOwnTimesAreKeptAndTheirWindowIsNotHandedToAnotherMeal() {
        Meal vendorTimed = new Meal("dinner", "Dinner", MealPeriod.DINNER, LocalTime.of(17, 0), LocalTime.of(19, 0),
                DISHES);

        List<Meal> meals = timed(List.of(vendorTimed, untimed("Supper Dinner")),
                slot("dinner", MealPeriod.DINNER, "16:30", "18:30"));

        assertThat(meals.get(0)).isEqualTo(vendorTimed);
        assertThat(meals.get(0).timesFrom()).isEqualTo(TimesFrom.VENDOR);
        assertThat(meals.get(1).startsAt()).isNull();
    }

    @Test
    void aWindowPastMidnightEndsBeforeItStarts() {
        List<Meal> meals = timed(List.of(untimed("Late Night")), slot("late_night", MealPeriod.LATE_NIGHT, "22:00", "02:00"));

        assertThat(meals.get(0).endsAt()).isEqualTo(LocalTime.of(2, 0));
    }
}
