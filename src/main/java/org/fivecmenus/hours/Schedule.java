package org.fivecmenus.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * Weekly rows and date overrides indexed once per evaluation (a status over nine days would otherwise rescan
 * every row per day), and the windows they make of a hall's service date: overrides applied, local times
 * resolved in the zone (see {@link OpeningHours} for the DST rules).
 */
final class Schedule {
    private final Map<String, List<WeeklyHours>> weeklyByHall;
    private final Map<HallDate, List<HoursOverride>> overridesByDate;
    private final Set<String> hallIds = new TreeSet<>();
    private final ZoneId zone;

    Schedule(List<WeeklyHours> weekly, List<HoursOverride> overrides, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
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
                overriddenKeys.add(OpeningHours.normaliseKey(o.mealKey()));
            }
        }

        List<ServiceWindow> windows = new ArrayList<>();
        if (!wholeDayClosed) {
            for (WeeklyHours r : rows) {
                String key = OpeningHours.normaliseKey(r.mealKey());
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
            String key = OpeningHours.normaliseKey(o.mealKey());
            // An inactive row still names the meal well, so it counts as the regular row here.
            WeeklyHours regular = rows.stream()
                    .filter(r -> OpeningHours.normaliseKey(r.mealKey()).equals(key))
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

    /** Resolves local times on a service date; null when the window vanishes in the spring-forward gap. */
    private ZonedDateTime[] resolve(LocalDate serviceDate, LocalTime start, LocalTime end) {
        ZonedDateTime s = ZonedDateTime.of(serviceDate, start, zone).withEarlierOffsetAtOverlap();
        LocalDate endDate = end.isAfter(start) ? serviceDate : serviceDate.plusDays(1);
        ZonedDateTime e = ZonedDateTime.of(endDate, end, zone).withLaterOffsetAtOverlap();
        return e.isAfter(s) ? new ZonedDateTime[] {s, e} : null;
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
}
