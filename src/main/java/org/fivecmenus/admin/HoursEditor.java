package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.database.Database;
import org.fivecmenus.hours.DateOverride;
import org.fivecmenus.hours.DiningHours;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * Changes to weekly hours and date overrides, validated as a whole before anything is written: a request
 * either saves everything it asks for, or nothing and says why. Every change is audited.
 */
@ApplicationScoped
public class HoursEditor {

    /** Thrown with every problem found; nothing was saved. */
    public static class Invalid extends RuntimeException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** A weekly row as the editor shows it. */
    public record Row(long id, DayOfWeek day, String key, String label, LocalTime start, LocalTime end,
                      boolean overnight, boolean active, boolean estimated, boolean overlapAllowed) {
    }

    /** An override as the editor shows it. */
    public record OverrideRow(long id, String hallId, LocalDate date, String kind, String key, String label,
                              LocalTime start, LocalTime end, String reason) {
    }

    public enum Kind { CLOSED_DAY, CLOSED_MEAL, CHANGED_TIMES, SPECIAL_OPENING }

    @Inject
    Database database;

    @Inject
    Audit audit;

    @Inject
    Hours hours;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "admin.override.past-days", defaultValue = "7")
    int pastDays;

    /** One change in one transaction; the hours every page shows are rebuilt from it at once. */
    private void edit(java.util.function.Consumer<jakarta.persistence.EntityManager> change) {
        database.transaction(change);
        hours.changed();
    }

    public List<Row> week(String hallId) {
        return database.read(em -> em.createQuery("SELECT h FROM DiningHours h WHERE h.hallId = :hall",
                        DiningHours.class).setParameter("hall", hallId).getResultList().stream()
                .map(HoursEditor::row)
                .sorted(Comparator.comparing(Row::day).thenComparing(Row::start))
                .toList());
    }

    public List<OverrideRow> overrides(String hallId) {
        LocalDate from = LocalDate.now(clock).minusDays(pastDays);
        return database.read(em -> em.createQuery("SELECT o FROM DateOverride o WHERE o.hallId = :hall "
                        + "AND o.serviceDate >= :from ORDER BY o.serviceDate, o.mealKey", DateOverride.class)
                .setParameter("hall", hallId).setParameter("from", from).getResultList().stream()
                .map(HoursEditor::overrideRow).toList());
    }

    public void addWeekly(String user, String hallId, List<String> dayValues, String label, String start, String end,
                          boolean overnight, boolean overlapAllowed) {
        List<String> problems = new ArrayList<>();
        List<DayOfWeek> days = days(dayValues, problems);
        String cleanLabel = label(label, problems);
        LocalTime from = time("Start", start, problems);
        LocalTime to = time("End", end, problems);
        checkOrder(from, to, overnight, problems);
        failIf(problems);
        String key = Meal.keyOf(cleanLabel);
        String period = MealPeriod.fromLabel(cleanLabel).map(MealPeriod::slug).orElse(null);
        edit(em -> {
            List<DiningHours> existing = rows(em, hallId);
            for (DayOfWeek day : days) {
                if (existing.stream().anyMatch(h -> h.getDayOfWeek() == day && h.getMealKey().equals(key))) {
                    problems.add(name(day) + " already has " + cleanLabel + "; edit that row instead.");
                }
                checkOverlap(existing, null, day, from, to, overlapAllowed, problems);
            }
            failIf(problems);
            for (DayOfWeek day : days) {
                DiningHours row = new DiningHours(hallId, day, key, cleanLabel, period, from, to, true, false,
                        "Edited by " + user);
                row.allowOverlap(overlapAllowed);
                em.persist(row);
            }
            audit.record(em, user, "hours.add", hallId + " " + days + " " + cleanLabel + " " + from + "–" + to);
        });
    }

    public void updateWeekly(String user, long id, String start, String end, boolean overnight, boolean active,
                             boolean overlapAllowed) {
        List<String> problems = new ArrayList<>();
        LocalTime from = time("Start", start, problems);
        LocalTime to = time("End", end, problems);
        checkOrder(from, to, overnight, problems);
        failIf(problems);
        edit(em -> {
            DiningHours row = em.find(DiningHours.class, id);
            if (row == null) {
                throw new Invalid(List.of("That meal no longer exists; reload the page."));
            }
            if (active) {
                checkOverlap(rows(em, row.getHallId()), row, row.getDayOfWeek(), from, to, overlapAllowed, problems);
            }
            failIf(problems);
            String before = row.getLabel() + " " + row.getStartTime() + "–" + row.getEndTime() + (row.isActive() ? "" : " (off)");
            row.edit(from, to, active, overlapAllowed, "Edited by " + user);
            audit.record(em, user, "hours.update", row.getHallId() + " " + name(row.getDayOfWeek()) + " " + before
                    + " → " + from + "–" + to + (active ? "" : " (off)"));
        });
    }

    public void deleteWeekly(String user, long id) {
        edit(em -> {
            DiningHours row = em.find(DiningHours.class, id);
            if (row != null) {
                em.remove(row);
                audit.record(em, user, "hours.delete", row.getHallId() + " " + name(row.getDayOfWeek()) + " "
                        + row.getLabel() + " " + row.getStartTime() + "–" + row.getEndTime());
            }
        });
    }

    public void addOverride(String user, String hallId, String kindValue, String dateValue, String mealLabel,
                            String start, String end, boolean overnight, String reasonValue) {
        List<String> problems = new ArrayList<>();
        Kind kind = kind(kindValue, problems);
        LocalDate date = date(dateValue, problems);
        String reason = reason(reasonValue, problems);
        String label = kind == Kind.CLOSED_DAY || kind == null ? null : label(mealLabel, problems);
        LocalTime from = null;
        LocalTime to = null;
        if (kind == Kind.CHANGED_TIMES || kind == Kind.SPECIAL_OPENING) {
            from = time("Start", start, problems);
            to = time("End", end, problems);
            checkOrder(from, to, overnight, problems);
        }
        failIf(problems);
        String key = kind == Kind.CLOSED_DAY ? DateOverride.WHOLE_DAY : Meal.keyOf(label);
        LocalTime opens = from;
        LocalTime closes = to;
        edit(em -> {
            boolean weeklyRow = rows(em, hallId).stream().anyMatch(h -> h.getDayOfWeek() == date.getDayOfWeek()
                    && h.getMealKey().equals(key));
            if ((kind == Kind.CHANGED_TIMES || kind == Kind.CLOSED_MEAL) && !weeklyRow) {
                problems.add(date + " is a " + name(date.getDayOfWeek()) + ", when this hall serves no " + label
                        + ". Use a special opening to add a meal.");
            }
            if (kind == Kind.SPECIAL_OPENING && weeklyRow) {
                problems.add(label + " is already served that day; use changed times.");
            }
            boolean taken = !em.createQuery("SELECT o FROM DateOverride o WHERE o.hallId = :hall "
                            + "AND o.serviceDate = :date AND o.mealKey = :key", DateOverride.class)
                    .setParameter("hall", hallId).setParameter("date", date).setParameter("key", key)
                    .getResultList().isEmpty();
            if (taken) {
                problems.add("There is already an override for " + (kind == Kind.CLOSED_DAY ? "the whole day" : label)
                        + " on " + date + "; edit or delete it.");
            }
            failIf(problems);
            em.persist(new DateOverride(hallId, date, key, kind == Kind.SPECIAL_OPENING ? label : null, opens, closes,
                    reason));
            audit.record(em, user, "override.add", hallId + " " + date + " " + kind.name().toLowerCase(Locale.ROOT)
                    + (label == null ? "" : " " + label) + (opens == null ? "" : " " + opens + "–" + closes)
                    + (reason == null ? "" : " (" + reason + ")"));
        });
    }

    public void updateOverride(String user, long id, String start, String end, boolean overnight, String reasonValue) {
        List<String> problems = new ArrayList<>();
        String reason = reason(reasonValue, problems);
        edit(em -> {
            DateOverride row = em.find(DateOverride.class, id);
            if (row == null) {
                throw new Invalid(List.of("That override no longer exists; reload the page."));
            }
            LocalTime from = null;
            LocalTime to = null;
            if (row.getStartTime() != null) {
                from = time("Start", start, problems);
                to = time("End", end, problems);
                checkOrder(from, to, overnight, problems);
            }
            failIf(problems);
            row.edit(row.getLabel(), from, to, reason);
            audit.record(em, user, "override.update", row.getHallId() + " " + row.getServiceDate() + " "
                    + (row.isWholeDay() ? "whole day" : row.getMealKey()) + (from == null ? "" : " " + from + "–" + to)
                    + (reason == null ? "" : " (" + reason + ")"));
        });
    }

    public void deleteOverride(String user, long id) {
        edit(em -> {
            DateOverride row = em.find(DateOverride.class, id);
            if (row != null) {
                em.remove(row);
                audit.record(em, user, "override.delete", row.getHallId() + " " + row.getServiceDate() + " "
                        + (row.isWholeDay() ? "whole day" : row.getMealKey()));
            }
        });
    }

    private static List<DiningHours> rows(EntityManager em, String hallId) {
        return em.createQuery("SELECT h FROM DiningHours h WHERE h.hallId = :hall", DiningHours.class)
                .setParameter("hall", hallId).getResultList();
    }

    /**
     * No two active windows of a hall may overlap, unless both say they are served alongside each other.
     * Windows that cross midnight are compared with the next morning's too.
     */
    private static void checkOverlap(List<DiningHours> rows, DiningHours self, DayOfWeek day, LocalTime start,
                                     LocalTime end, boolean overlapAllowed, List<String> problems) {
        int[] window = minutes(day, start, end);
        for (DiningHours other : rows) {
            if (other == self || !other.isActive() || (overlapAllowed && other.isOverlapAllowed())) {
                continue;
            }
            for (int shift : new int[] {-7 * 1440, 0, 7 * 1440}) {
                int[] theirs = minutes(other.getDayOfWeek(), other.getStartTime(), other.getEndTime());
                if (Math.max(window[0], theirs[0] + shift) < Math.min(window[1], theirs[1] + shift)) {
                    problems.add("That overlaps " + other.getLabel() + " on " + name(other.getDayOfWeek()) + " ("
                            + other.getStartTime() + "–" + other.getEndTime() + "). Tick “served alongside” on both "
                            + "if that is intended.");
                    return;
                }
            }
        }
    }

    private static int[] minutes(DayOfWeek day, LocalTime start, LocalTime end) {
        int base = (day.getValue() - 1) * 1440;
        int from = base + start.getHour() * 60 + start.getMinute();
        int to = base + end.getHour() * 60 + end.getMinute();
        return new int[] {from, to <= from ? to + 1440 : to};
    }

    private static void checkOrder(LocalTime start, LocalTime end, boolean overnight, List<String> problems) {
        if (start == null || end == null) {
            return;
        }
        if (!overnight && !end.isAfter(start)) {
            problems.add("The end (" + end + ") must be after the start (" + start + "), unless the meal runs past "
                    + "midnight: then tick “ends the next day”.");
        } else if (overnight && end.isAfter(start)) {
            problems.add("“Ends the next day” is ticked, but " + end + " is after " + start + " on the same day.");
        }
    }

    private static List<DayOfWeek> days(List<String> values, List<String> problems) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                days.add(DayOfWeek.of(Integer.parseInt(value)));
            } catch (RuntimeException e) {
                problems.add("'" + value + "' is not a day.");
            }
        }
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add("Choose at least one day.");
        }
        return days;
    }

    private static String label(String value, List<String> problems) {
        String label = value == null ? "" : value.replace('\u00A0', ' ').strip();
        if (label.isEmpty() || label.length() > 60 || Meal.keyOf(label).isEmpty()) {
            problems.add("Give the meal a name of 1 to 60 characters, such as “Dinner”.");
            return null;
        }
        return label;
    }

    private static LocalTime time(String what, String value, List<String> problems) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(what + " must be a time such as 17:30, not “" + (value == null ? "" : value) + "”.");
            return null;
        }
    }

    private LocalDate date(String value, List<String> problems) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add("The date must look like " + today + ".");
            return null;
        }
        if (date.isBefore(today.minusDays(pastDays))) {
            problems.add("Overrides more than " + pastDays + " days in the past cannot be added.");
        } else if (date.isAfter(today.plusYears(1))) {
            problems.add("Overrides more than a year ahead cannot be added.");
        }
        return date;
    }

    private static String reason(String value, List<String> problems) {
        String reason = value == null ? "" : value.strip();
        if (reason.length() > 200) {
            problems.add("Keep the reason under 200 characters; students see it on a phone.");
        }
        return reason.isEmpty() ? null : reason;
    }

    private static Kind kind(String value, List<String> problems) {
        try {
            return Kind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Choose what the override does.");
            return null;
        }
    }

    private static void failIf(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
    }

    private static Row row(DiningHours h) {
        return new Row(h.getId(), h.getDayOfWeek(), h.getMealKey(), h.getLabel(), h.getStartTime(), h.getEndTime(),
                !h.getEndTime().isAfter(h.getStartTime()), h.isActive(), h.isEstimated(), h.isOverlapAllowed());
    }

    private static OverrideRow overrideRow(DateOverride o) {
        String kind = o.isWholeDay() ? "Closed all day" : o.getStartTime() == null ? "Meal closed"
                : o.getLabel() != null ? "Special opening" : "Changed times";
        return new OverrideRow(o.getId(), o.getHallId(), o.getServiceDate(), kind,
                o.isWholeDay() ? null : o.getMealKey(), o.getLabel(), o.getStartTime(), o.getEndTime(), o.getReason());
    }
}
