package org.fivecmenus.menu.model;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one hall serves on one date, in the shape shared by all vendors.
 *
 * @param meals  empty unless {@code status} is {@link DayStatus#SERVED}; ordered by start time, else by period
 * @param source {@link DaySource#VENDOR} unless said otherwise
 */
public record DayMenu(String hallId, LocalDate date, DayStatus status, List<Meal> meals, DaySource source) {

    /** The constructor JSON-B reads cached copies with. */
    @JsonbCreator
    public DayMenu(String hallId, LocalDate date, DayStatus status, List<Meal> meals, DaySource source) {
        // An explicit canonical constructor, not a compact one: javac 21+ marks a compact constructor's parameters
        // as mandated, and JDK 17's reflection then reports them without their type arguments, so JSON-B on
        // Payara 6 read List<Meal> as a list of maps (a page from a cached or stored copy failed).
        this.hallId = Objects.requireNonNull(hallId, "hallId");
        this.date = Objects.requireNonNull(date, "date");
        this.status = Objects.requireNonNull(status, "status");
        this.meals = List.copyOf(meals);
        this.source = source == null ? DaySource.VENDOR : source;
        if (status != DayStatus.SERVED && !meals.isEmpty()) {
            throw new IllegalArgumentException("A " + status + " day has no meals");
        }
    }

    /** A day read from the vendor's menu for that date. */
    public DayMenu(String hallId, LocalDate date, DayStatus status, List<Meal> meals) {
        this(hallId, date, status, meals, DaySource.VENDOR);
    }

    /** The day as the site shows it by default (see {@link Meal#curated()}). */
    public DayMenu curated() {
        return withMeals(meals.stream().map(Meal::curated).toList());
    }

    /** The same day with other meals (curated, timed), from the same source. */
    public DayMenu withMeals(List<Meal> meals) {
        return new DayMenu(hallId, date, status, meals, source);
    }

    public DayMenu readFrom(DaySource source) {
        return new DayMenu(hallId, date, status, meals, source);
    }

    public static DayMenu closed(String hallId, LocalDate date) {
        return new DayMenu(hallId, date, DayStatus.CLOSED, List.of());
    }

    public static DayMenu notPublished(String hallId, LocalDate date) {
        return new DayMenu(hallId, date, DayStatus.NOT_PUBLISHED, List.of());
    }
}
