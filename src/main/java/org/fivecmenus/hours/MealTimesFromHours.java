package org.fivecmenus.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.fivecmenus.menu.MealTimes;
import org.fivecmenus.problem.DatabaseUnavailableException;

/** Menus' meal times from the hours as kept here: the snapshot in memory, so no query per menu. */
@ApplicationScoped
public class MealTimesFromHours implements MealTimes {

    @Inject
    Hours hours;

    @Override
    public List<Slot> on(String hallId, LocalDate date) {
        try {
            return hours.windowsOn(date).stream().filter(w -> w.hallId().equals(hallId))
                    .map(w -> new Slot(w.mealKey(), w.period(), w.start().toLocalTime(), w.end().toLocalTime()))
                    .toList();
        } catch (DatabaseUnavailableException e) {
            // Never read yet and the database is down: the menu is still worth serving, untimed.
            return List.of();
        }
    }
}
