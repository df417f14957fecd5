package org.fivecmenus.upstream;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;

/** Builds the {@link DayMenu} of a day from its parsed meals, the same way for every vendor. */
public final class DayMenus {

    private DayMenus() {
    }

    /**
     * Meals without stations are dropped (a meal whose only item was a placeholder says nothing); a day left
     * without meals was not published. Meals sort by start time; without times, by a typical time of their
     * period, so that untimed and timed meals interleave; a meal with neither keeps its place after the meal
     * the vendor listed before it (Sodexo's "AFTERNOON SNACK" between LUNCH and DINNER).
     */
    public static DayMenu of(String hallId, LocalDate date, List<Meal> meals) {
        List<Ranked> ranked = new ArrayList<>();
        LocalTime previous = LocalTime.MIN;
        for (int i = 0; i < meals.size(); i++) {
            Meal meal = meals.get(i);
            LocalTime at = meal.startsAt() != null ? meal.startsAt() : typicalStart(meal.period());
            if (at == null) {
                at = previous;
            }
            previous = at;
            if (!meal.stations().isEmpty()) {
                ranked.add(new Ranked(meal, at, i));
            }
        }
        if (ranked.isEmpty()) {
            return DayMenu.notPublished(hallId, date);
        }
        ranked.sort(Comparator.comparing(Ranked::at).thenComparingInt(Ranked::index));
        return new DayMenu(hallId, date, DayStatus.SERVED, ranked.stream().map(Ranked::meal).toList());
    }

    private static LocalTime typicalStart(MealPeriod period) {
        if (period == null) {
            return null;
        }
        return switch (period) {
            case BREAKFAST -> LocalTime.of(7, 0);
            case BRUNCH -> LocalTime.of(10, 0);
            case LUNCH -> LocalTime.of(11, 30);
            case DINNER -> LocalTime.of(17, 0);
            case LATE_NIGHT -> LocalTime.of(22, 0);
        };
    }

    private record Ranked(Meal meal, LocalTime at, int index) {
    }
}
