package org.fivecmenus.menu;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one hall serves on one date, in the shape shared by all vendors.
 *
 * @param meals empty unless {@code status} is {@link DayStatus#SERVED}; ordered by start time, else by period
 */
public record DayMenu(String hallId, LocalDate date, DayStatus status, List<Meal> meals) {

    public DayMenu {
        Objects.requireNonNull(hallId, "hallId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        meals = List.copyOf(meals);
        if (status != DayStatus.SERVED && !meals.isEmpty()) {
            throw new IllegalArgumentException("A " + status + " day has no meals");
        }
    }

    /** The day as the site shows it by default (see {@link Meal#curated()}). */
    public DayMenu curated() {
        return new DayMenu(hallId, date, status, meals.stream().map(Meal::curated).toList());
    }

    public static DayMenu closed(String hallId, LocalDate date) {
        return new DayMenu(hallId, date, DayStatus.CLOSED, List.of());
    }

    public static DayMenu notPublished(String hallId, LocalDate date) {
        return new DayMenu(hallId, date, DayStatus.NOT_PUBLISHED, List.of());
    }
}
