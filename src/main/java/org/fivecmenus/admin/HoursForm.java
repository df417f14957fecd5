package org.fivecmenus.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fivecmenus.config.Parameters;
import org.fivecmenus.hours.OverrideKind;
import org.fivecmenus.menu.model.Meal;

/**
 * The fields of one hours or override form, read as a whole: each reader returns the value or null and notes
 * what is wrong in words an admin can act on, so that one answer lists every problem. Pure: the date rules
 * take today and the allowed past from the caller.
 */
final class HoursForm {

    /** Thrown with every problem found; nothing was saved. */
    static class Invalid extends RuntimeException {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private final LocalDate today;
    private final int pastDays;
    private final List<String> problems = new ArrayList<>();

    HoursForm(LocalDate today, int pastDays) {
        this.today = today;
        this.pastDays = pastDays;
    }

    List<String> problems() {
        return problems;
    }

    /** Adds a problem found later (against what is stored). */
    void problem(String problem) {
        problems.add(problem);
    }

    /** Throws {@link Invalid} with every problem noted so far, if there is one. */
    void check() {
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
    }

    List<DayOfWeek> days(List<String> values) {
        List<DayOfWeek> days = new ArrayList<>();
        int before = problems.size();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                days.add(DayOfWeek.of(Integer.parseInt(value)));
            } catch (RuntimeException e) {
                problems.add("'" + value + "' is not a day.");
            }
        }
        if (days.isEmpty() && problems.size() == before) {
            problems.add("Choose at least one day.");
        }
        return days;
    }

    String label(String value) {
        String label = value == null ? "" : value.replace('\u00A0', ' ').strip();
        if (label.isEmpty() || label.length() > 60 || Meal.keyOf(label).isEmpty()) {
            problems.add("Give the meal a name of 1 to 60 characters, such as “Dinner”.");
            return null;
        }
        return label;
    }

    LocalTime time(String what, String value) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            problems.add(what + " must be a time such as 17:30, not “" + (value == null ? "" : value) + "”.");
            return null;
        }
    }

    /** An end after its start, unless the meal is said to end the next day (and then not after it). */
    void order(LocalTime start, LocalTime end, boolean overnight) {
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

    /** An override's date: no further back than the allowed past, no more than a year ahead. */
    LocalDate date(String value) {
        LocalDate date = Parameters.isoDate(value == null ? "" : value).orElse(null);
        if (date == null) {
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

    String reason(String value) {
        String reason = value == null ? "" : value.strip();
        if (reason.length() > 200) {
            problems.add("Keep the reason under 200 characters; students see it on a phone.");
        }
        return reason.isEmpty() ? null : reason;
    }

    OverrideKind kind(String value) {
        try {
            return OverrideKind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("Choose what the override does.");
            return null;
        }
    }
}
