package org.fivecmenus.menu;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.TimesFrom;

/**
 * The hall's hours for its meals on a date, which time the meals a vendor publishes without times. An
 * interface so that menus need not know how hours are kept: the hours feature implements it.
 */
public interface MealTimes {

    /** One meal window of a hall's day. {@code endsAt} is before {@code startsAt} when it ends after midnight. */
    record Slot(String key, MealPeriod period, LocalTime startsAt, LocalTime endsAt) {
    }

    /** The hall's windows opening on the date, by start; empty when the hours cannot be read. */
    List<Slot> on(String hallId, LocalDate date);

    /** No hours at all: every meal keeps what its vendor published. */
    MealTimes NONE = (hallId, date) -> List.of();

    /**
     * The menu with each meal that has no times timed from the hours: the slot of the same key, else the
     * first unused one of the same period, else a brunch slot for a breakfast or lunch meal (a vendor that
     * lists "Breakfast" and "Lunch" on a day the hall serves them as brunch). A meal no slot fits stays
     * untimed rather than being given another meal's hours.
     */
    static DayMenu timed(DayMenu menu, List<Slot> slots) {
        if (slots.isEmpty() || menu.meals().stream().allMatch(m -> m.startsAt() != null)) {
            return menu;
        }
        List<Slot> unused = new ArrayList<>(slots);
        List<Meal> meals = new ArrayList<>();
        for (Meal meal : menu.meals()) {
            if (meal.startsAt() != null) {
                unused.removeIf(s -> Meal.keyOf(s.key()).equals(meal.key()));
            }
        }
        for (Meal meal : menu.meals()) {
            Optional<Slot> slot = meal.startsAt() != null ? Optional.empty() : slotFor(meal, slots, unused);
            slot.ifPresent(unused::remove);
            meals.add(slot.map(s -> new Meal(meal.key(), meal.label(), meal.period(), s.startsAt(), s.endsAt(),
                    TimesFrom.HOURS, meal.stations())).orElse(meal));
        }
        return menu.withMeals(meals);
    }

    private static Optional<Slot> slotFor(Meal meal, List<Slot> slots, List<Slot> unused) {
        Optional<Slot> sameKey = slots.stream().filter(s -> Meal.keyOf(s.key()).equals(meal.key())).findFirst();
        if (sameKey.isPresent() || meal.period() == null) {
            return sameKey;
        }
        Optional<Slot> samePeriod = unused.stream().filter(s -> s.period() == meal.period()).findFirst();
        if (samePeriod.isPresent()) {
            return samePeriod;
        }
        if (meal.period() == MealPeriod.BREAKFAST || meal.period() == MealPeriod.LUNCH) {
            return slots.stream().filter(s -> s.period() == MealPeriod.BRUNCH).findFirst();
        }
        return Optional.empty();
    }
}
