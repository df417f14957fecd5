package org.fivecmenus.hours;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.fivecmenus.database.Database;
import org.fivecmenus.menu.MealPeriod;

/**
 * Hours as stored, evaluated by {@link OpeningHours}. Rows are read on every call (they are few, and the
 * entity cache is off) so that an operator's change applies at once.
 */
@ApplicationScoped
public class Hours {

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private OpeningHours openingHours;

    @PostConstruct
    void init() {
        openingHours = new OpeningHours(clock, zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return openingHours.today();
    }

    public Instant now() {
        return clock.instant();
    }

    /** Every hall's status at the instant, with the next opening looked up to a week ahead. */
    public Map<String, HallStatus> statusesAt(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        return openingHours.statusesAt(at, weekly(),
                overridesBetween(date.minusDays(1), date.plusDays(OpeningHours.LOOKAHEAD_DAYS + 1)));
    }

    /** Every hall's windows that open on the date, after overrides. */
    public List<ServiceWindow> windowsOn(LocalDate date) {
        return openingHours.windowsOn(date, weekly(), overridesBetween(date, date));
    }

    /** Every hall's windows for each date of a range, from one read of the hours. */
    public Map<LocalDate, List<ServiceWindow>> windowsBetween(LocalDate from, LocalDate to) {
        List<WeeklyHours> weekly = weekly();
        List<HoursOverride> overrides = overridesBetween(from, to);
        Map<LocalDate, List<ServiceWindow>> windows = new java.util.LinkedHashMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            windows.put(date, openingHours.windowsOn(date, weekly, overrides));
        }
        return windows;
    }

    /** The closing overrides of a range of dates. */
    public List<HoursOverride> closuresBetween(LocalDate from, LocalDate to) {
        return overridesBetween(from, to).stream().filter(HoursOverride::closes).toList();
    }

    /** The overrides that close a meal or the whole day on the date, to say why a hall is shut. */
    public List<HoursOverride> closuresOn(LocalDate date) {
        return overridesBetween(date, date).stream().filter(HoursOverride::closes).toList();
    }

    List<WeeklyHours> weekly() {
        return database.read(em -> em.createQuery("SELECT h FROM DiningHours h", DiningHours.class)
                .getResultList().stream()
                .map(h -> new WeeklyHours(h.getHallId(), h.getDayOfWeek(), h.getMealKey(), h.getLabel(),
                        h.getPeriod() == null ? null : MealPeriod.fromSlug(h.getPeriod()).orElse(null),
                        h.getStartTime(), h.getEndTime(), h.isActive(), h.isEstimated(), h.getSource()))
                .toList());
    }

    List<HoursOverride> overridesBetween(LocalDate from, LocalDate to) {
        return database.read(em -> em.createQuery(
                        "SELECT o FROM DateOverride o WHERE o.serviceDate BETWEEN :from AND :to", DateOverride.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream()
                .map(o -> new HoursOverride(o.getHallId(), o.getServiceDate(), o.getMealKey(), o.getLabel(),
                        o.getStartTime(), o.getEndTime(), o.getReason()))
                .toList());
    }
}
