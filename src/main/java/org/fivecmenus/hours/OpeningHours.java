package org.fivecmenus.hours;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    public ZoneId zone() {
        return zone;
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
        Schedule schedule = new Schedule(weekly, overrides);
        List<ServiceWindow> windows = new ArrayList<>();
        for (String hallId : schedule.hallIds()) {
            windows.addAll(schedule.windows(hallId, serviceDate));
        }
        windows.sort(Comparator.comparing(ServiceWindow::hallId).thenComparing(BY_START));
        return List.copyOf(windows);
    }

    public HallStatus statusNow(String hallId, List<WeeklyHours> weekly, List<HoursOverride> overrides) {
        return statusAt(clock.instant(), hallId, weekly, overrides);
    }

    public HallStatus statusAt(Instant at, String hallId, List<WeeklyHours> weekly, List<HoursOverride> overrides) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(hallId, "hallId");
        return status(at, hallId, new Schedule(weekly, overrides));
    }

    public Map<String, HallStatus> statusesNow(List<WeeklyHours> weekly, List<HoursOverride> overrides) {
        return statusesAt(clock.instant(), weekly, overrides);
    }

    /** Every hall named in the rows, including one known only from an override, by hall id. */
    public Map<String, HallStatus> statusesAt(Instant at, List<WeeklyHours> weekly, List<HoursOverride> overrides) {
        Objects.requireNonNull(at, "at");
        Schedule schedule = new Schedule(weekly, overrides);
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

    /** Resolves local times on a service date; null when the window vanishes in the spring-forward gap. */
    private ZonedDateTime[] resolve(LocalDate serviceDate, LocalTime start, LocalTime end) {
        ZonedDateTime s = ZonedDateTime.of(serviceDate, start, zone).withEarlierOffsetAtOverlap();
        LocalDate endDate = end.isAfter(start) ? serviceDate : serviceDate.plusDays(1);
        ZonedDateTime e = ZonedDateTime.of(endDate, end, zone).withLaterOffsetAtOverlap();
        return e.isAfter(s) ? new ZonedDateTime[] {s, e} : null;
    }

    private static int periodRank(MealPeriod period) {
        return period == null ? -1 : period.ordinal();
    }

    private static String cleanLabel(String label) {
        if (label == null) {
            return null;
        }
        String cleaned = label.replace('\u00A0', ' ').strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static MealPeriod periodOf(MealPeriod given, String label, String key) {
        if (given != null) {
            return given;
        }
        return MealPeriod.fromLabel(label).or(() -> MealPeriod.fromLabel(key.replace('_', ' '))).orElse(null);
    }

    private record HallDate(String hallId, LocalDate date) {
    }

    /** The rows indexed once per call, so a status over nine days does not rescan every row per day. */
    private final class Schedule {
        private final Map<String, List<WeeklyHours>> weeklyByHall;
        private final Map<HallDate, List<HoursOverride>> overridesByDate;
        private final Set<String> hallIds = new TreeSet<>();

        Schedule(List<WeeklyHours> weekly, List<HoursOverride> overrides) {
            Objects.requireNonNull(weekly, "weekly");
            Objects.requireNonNull(overrides, "overrides");
            weeklyByHall = weekly.stream().collect(Collectors.groupingBy(WeeklyHours::hallId));
            overridesByDate = new HashMap<>();
            for (HoursOverride o : overrides) {
                overridesByDate.computeIfAbsent(new HallDate(o.hallId(), o.date()), k -> new ArrayList<>()).add(o);
                hallIds.add(o.hallId());
            }
            hallIds.addAll(weeklyByHall.keySet());
        }

        Set<String> hallIds() {
            return hallIds;
        }

        List<ServiceWindow> windows(String hallId, LocalDate date) {
            List<WeeklyHours> rows = weeklyByHall.getOrDefault(hallId, List.of()).stream()
                    .filter(r -> r.day() == date.getDayOfWeek())
                    .toList();
            List<HoursOverride> dayOverrides = overridesByDate.getOrDefault(new HallDate(hallId, date), List.of());
            boolean wholeDayClosed = dayOverrides.stream().anyMatch(HoursOverride::wholeDay);
            // Any meal override replaces that meal's weekly row: a closure removes it, times redefine it.
            Set<String> overriddenKeys = new HashSet<>();
            for (HoursOverride o : dayOverrides) {
                if (!o.wholeDay()) {
                    overriddenKeys.add(normaliseKey(o.mealKey()));
                }
            }

            List<ServiceWindow> windows = new ArrayList<>();
            if (!wholeDayClosed) {
                for (WeeklyHours r : rows) {
                    String key = normaliseKey(r.mealKey());
                    if (r.active() && !overriddenKeys.contains(key)) {
                        add(windows, hallId, date, key, r.label(), r.period(), r.start(), r.end(),
                                r.estimated(), false, null);
                    }
                }
            }
            for (HoursOverride o : dayOverrides) {
                if (o.wholeDay() || o.closes()) {
                    continue;
                }
                String key = normaliseKey(o.mealKey());
                // An inactive row still names the meal well, so it counts as the regular row here.
                WeeklyHours regular = rows.stream()
                        .filter(r -> normaliseKey(r.mealKey()).equals(key))
                        .min(Comparator.comparing(r -> !r.active()))
                        .orElse(null);
                // Times set by hand are a statement, not a guess, so override windows are never estimated.
                if (regular != null) {
                    add(windows, hallId, date, key, regular.label(), regular.period(), o.start(), o.end(),
                            false, true, o.reason());
                } else {
                    add(windows, hallId, date, key, o.label(), null, o.start(), o.end(), false, true, o.reason());
                }
            }
            return windows;
        }

        private void add(List<ServiceWindow> windows, String hallId, LocalDate date, String key, String label,
                         MealPeriod period, LocalTime start, LocalTime end, boolean estimated,
                         boolean fromOverride, String reason) {
            ZonedDateTime[] span = resolve(date, start, end);
            if (span == null) {
                return;
            }
            String shown = cleanLabel(label) != null ? cleanLabel(label) : key;
            windows.add(new ServiceWindow(hallId, date, key, shown, periodOf(period, shown, key),
                    span[0], span[1], estimated, fromOverride, reason));
        }
    }
}
