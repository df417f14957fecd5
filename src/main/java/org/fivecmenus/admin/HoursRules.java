package org.fivecmenus.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fivecmenus.hours.OverrideKind;

/** What a change to the hours may not do, judged against what is stored. Pure, so the rules are unit-tested. */
final class HoursRules {

    private static final int DAY = 1440;
    private static final int WEEK = 7 * DAY;

    /** A weekly window as the rules see it. */
    record Window(String label, DayOfWeek day, LocalTime start, LocalTime end, boolean active, boolean overlapAllowed) {
    }

    private HoursRules() {
    }

    /**
     * No two active windows of a hall may overlap, unless both say they are served alongside each other.
     * Windows that cross midnight are compared with the next morning's too, Sunday night's with Monday's.
     *
     * @param others the hall's other windows (not the one being changed)
     */
    static Optional<String> overlap(List<Window> others, DayOfWeek day, LocalTime start, LocalTime end,
                                    boolean overlapAllowed) {
        int[] window = minutes(day, start, end);
        for (Window other : others) {
            if (!other.active() || (overlapAllowed && other.overlapAllowed())) {
                continue;
            }
            int[] theirs = minutes(other.day(), other.start(), other.end());
            for (int shift : new int[] {-WEEK, 0, WEEK}) {
                if (Math.max(window[0], theirs[0] + shift) < Math.min(window[1], theirs[1] + shift)) {
                    return Optional.of("That overlaps " + other.label() + " on " + name(other.day()) + " ("
                            + other.start() + "–" + other.end() + "). Tick “served alongside” on both "
                            + "if that is intended.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An override changes or closes a meal the hall serves that weekday, or opens one it does not; and one
     * override per hall, date and meal (or whole day).
     *
     * @param weekly whether the hall's weekly hours have this meal on the date's weekday
     * @param taken  whether an override for this hall, date and meal already exists
     */
    static List<String> override(OverrideKind kind, LocalDate date, String label, boolean weekly, boolean taken) {
        List<String> problems = new ArrayList<>();
        if ((kind == OverrideKind.CHANGED_TIMES || kind == OverrideKind.CLOSED_MEAL) && !weekly) {
            problems.add(date + " is a " + name(date.getDayOfWeek()) + ", when this hall serves no " + label
                    + ". Use a special opening to add a meal.");
        }
        if (kind == OverrideKind.SPECIAL_OPENING && weekly) {
            problems.add(label + " is already served that day; use changed times.");
        }
        if (taken) {
            problems.add("There is already an override for " + (kind == OverrideKind.CLOSED_DAY ? "the whole day" : label)
                    + " on " + date + "; edit or delete it.");
        }
        return problems;
    }

    static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    /** Minutes from Monday 00:00; a window ending at or before its start ends the next day. */
    private static int[] minutes(DayOfWeek day, LocalTime start, LocalTime end) {
        int base = (day.getValue() - 1) * DAY;
        int from = base + start.getHour() * 60 + start.getMinute();
        int to = base + end.getHour() * 60 + end.getMinute();
        return new int[] {from, to <= from ? to + DAY : to};
    }
}
