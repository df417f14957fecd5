package org.fivecmenus.hours;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * Says which halls are open: pure evaluation of weekly hours and date overrides in one time zone
 * (docs/hours.md sections 1 and 4). It reads the time only from the injected {@link Clock} and never uses the
 * JVM's default zone, so tests and the server agree.
 *
 * <p>A window belongs to the service date it opens on. Its start is {@code ZonedDateTime.of(date, start, zone)}:
 * a start inside the spring-forward gap moves forward by the gap, and a start in the repeated fall-back hour
 * takes the earlier offset, while an end there takes the later one, so a window covering 01:30 covers both
 * 01:30s. A window that resolves to nothing (it lies inside the gap) is dropped.
 */
public final class OpeningHours {

    /** How far {@link HallStatus#nextOpening()} looks, in days of local time. */
    public static final int LOOKAHEAD_DAYS = 7;

    private static final Comparator<ServiceWindow> SAME_START_ORDER =
            Comparator.comparingInt((ServiceWindow w) -> periodRank(w.period())).thenComparing(ServiceWindow::mealKey);

    private static final Comparator<ServiceWindow> BY_START =
            Comparator.comparing((ServiceWindow w) -> w.start().toInstant()).thenComparing(SAME_START_ORDER);

    private final Clock clock;
    private final ZoneId zone;

    public OpeningHours(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Today in the hours' zone, whatever zone the clock carries. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * The form meal keys are compared in: the one meal key of the menus ({@link Meal#keyOf}), so that "Lunch",
     * " LUNCH&nbsp;" (Bon Appétit pads labels) and "lunch" from a parser, or "Continental Breakfast" typed by an
     * admin and "continental_breakfast" from a vendor, are one meal.
     *
     * @return null for null
     */
    public static String normaliseKey(String key) {
        return key == null ? null : Meal.keyOf(key);
    }

    /** Every hall's windows opening on {@code serviceDate} after overrides, by hall, then start. */
    public List<ServiceWindow> windowsOn(LocalDate serviceDate, List<WeeklyHours> weekly,
                                         List<HoursOverride> overrides) {
        Objects.requireNonNull(serviceDate, "serviceDate");
        Schedule schedule = new Schedule(weekly, overrides, zone);
        List<ServiceWindow> windows = new ArrayList<>();
        for (String hallId : schedule.hallIds()) {
            windows.addAll(schedule.windows(hallId, serviceDate));
        }
        windows.sort(Comparator.comparing(ServiceWindow::hallId).thenComparing(BY_START));
        return List.copyOf(windows);
    }

    /** Every hall named in the rows, including one known only from an override, by hall id. */
    public Map<String, HallStatus> statusesAt(Instant at, List<WeeklyHours> weekly, List<HoursOverride> overrides) {
        Objects.requireNonNull(at, "at");
        Schedule schedule = new Schedule(weekly, overrides, zone);
        Map<String, HallStatus> statuses = new LinkedHashMap<>();
        for (String hallId : schedule.hallIds()) {
            statuses.put(hallId, status(at, hallId, schedule));
        }
        return Collections.unmodifiableMap(statuses);
    }

    private HallStatus status(Instant at, String hallId, Schedule schedule) {
        ZonedDateTime local = at.atZone(zone);
        // The day before supplies windows still open after midnight; the week ahead, the next opening.
        List<ServiceWindow> windows = new ArrayList<>();
        for (LocalDate d = local.toLocalDate().minusDays(1);
             !d.isAfter(local.toLocalDate().plusDays(LOOKAHEAD_DAYS)); d = d.plusDays(1)) {
            windows.addAll(schedule.windows(hallId, d));
        }
        windows.sort(BY_START);

        List<ServiceWindow> open = windows.stream().filter(w -> w.isOpenAt(at)).toList();
        if (open.isEmpty()) {
            return new HallStatus(hallId, false, null, open, null, nextOpening(windows, at, local));
        }
        ServiceWindow current = open.stream().max(BY_START).orElseThrow();
        ZonedDateTime closesAt = closesAt(windows, open);
        return new HallStatus(hallId, true, current, open, closesAt, nextOpening(windows, closesAt.toInstant(), local));
    }

    /** Follows open windows through overlapping or back-to-back ones until service stops. */
    private static ZonedDateTime closesAt(List<ServiceWindow> windows, List<ServiceWindow> open) {
        ZonedDateTime end = open.stream().map(ServiceWindow::end)
                .max(Comparator.comparing(ZonedDateTime::toInstant)).orElseThrow();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (ServiceWindow w : windows) {
                if (!w.start().toInstant().isAfter(end.toInstant()) && w.end().toInstant().isAfter(end.toInstant())) {
                    end = w.end();
                    extended = true;
                }
            }
        }
        return end;
    }

    /**
     * The earliest window starting after {@code after} and no later than seven local days after {@code now}.
     * Of windows starting together it picks the one that will then be the current meal.
     */
    private static ServiceWindow nextOpening(List<ServiceWindow> byStart, Instant after, ZonedDateTime now) {
        Instant horizon = now.plusDays(LOOKAHEAD_DAYS).toInstant();
        ServiceWindow next = null;
        for (ServiceWindow w : byStart) {
            Instant start = w.start().toInstant();
            if (start.isAfter(horizon) || (next != null && start.isAfter(next.start().toInstant()))) {
                break;
            }
            if (start.isAfter(after)) {
                next = w; // byStart puts the winner of a tie last
            }
        }
        return next;
    }

    private static int periodRank(MealPeriod period) {
        return period == null ? -1 : period.ordinal();
    }
}
