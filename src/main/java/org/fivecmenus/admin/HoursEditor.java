package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.admin.HoursRules.Window;
import org.fivecmenus.database.Database;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.hours.HoursOverrideRow;
import org.fivecmenus.hours.OverrideKind;
import org.fivecmenus.hours.WeeklyHoursRow;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * Changes to weekly hours and date overrides, validated as a whole before anything is written: a request
 * either saves everything it asks for, or nothing and says why. The form is read by {@link HoursForm}, judged
 * against what is stored by {@link HoursRules}, and written here in one transaction with its audit entry.
 */
@ApplicationScoped
public class HoursEditor {

    /** A weekly row as the editor shows it. */
    public record Row(long id, DayOfWeek day, String key, String label, LocalTime start, LocalTime end,
                      boolean overnight, boolean active, boolean estimated, boolean overlapAllowed) {
    }

    /** An override as the editor shows it. */
    public record OverrideRow(long id, String hallId, LocalDate date, OverrideKind kind, String key, String label,
                              LocalTime start, LocalTime end, String reason) {
    }

    @Inject
    Database database;

    @Inject
    Audit audit;

    @Inject
    Hours hours;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "admin.override.past-days")
    int pastDays;

    /** One change in one transaction; the hours every page shows are rebuilt from it at once. */
    private void edit(Consumer<EntityManager> change) {
        database.transaction(change);
        hours.changed();
    }

    private HoursForm form() {
        return new HoursForm(LocalDate.now(clock), pastDays);
    }

    public List<Row> week(String hallId) {
        return database.read(em -> rows(em, hallId).stream().map(HoursEditor::row)
                .sorted(Comparator.comparing(Row::day).thenComparing(Row::start)).toList());
    }

    public List<OverrideRow> overrides(String hallId) {
        LocalDate from = LocalDate.now(clock).minusDays(pastDays);
        return database.read(em -> em.createNamedQuery(HoursOverrideRow.OF_HALL_FROM, HoursOverrideRow.class)
                .setParameter("hall", hallId).setParameter("from", from).getResultList().stream()
                .map(HoursEditor::overrideRow).toList());
    }

    public void addWeekly(String user, String hallId, List<String> dayValues, String label, String start, String end,
                          boolean overnight, boolean overlapAllowed) {
        HoursForm form = form();
        List<DayOfWeek> days = form.days(dayValues);
        String cleanLabel = form.label(label);
        LocalTime from = form.time("Start", start);
        LocalTime to = form.time("End", end);
        form.order(from, to, overnight);
        form.check();
        String key = Meal.keyOf(cleanLabel);
        String period = MealPeriod.fromLabel(cleanLabel).map(MealPeriod::slug).orElse(null);
        edit(em -> {
            List<WeeklyHoursRow> existing = rows(em, hallId);
            for (DayOfWeek day : days) {
                if (existing.stream().anyMatch(h -> h.getDayOfWeek() == day && h.getMealKey().equals(key))) {
                    form.problem(HoursRules.name(day) + " already has " + cleanLabel + "; edit that row instead.");
                }
                HoursRules.overlap(windows(existing, null), day, from, to, overlapAllowed).ifPresent(form::problem);
            }
            form.check();
            for (DayOfWeek day : days) {
                WeeklyHoursRow row = new WeeklyHoursRow(hallId, day, key, cleanLabel, period, from, to, true, false,
                        "Edited by " + user);
                row.allowOverlap(overlapAllowed);
                em.persist(row);
            }
            audit.record(em, user, "hours.add", hallId + " " + days + " " + cleanLabel + " " + from + "–" + to);
        });
    }

    public void updateWeekly(String user, long id, String start, String end, boolean overnight, boolean active,
                             boolean overlapAllowed) {
        HoursForm form = form();
        LocalTime from = form.time("Start", start);
        LocalTime to = form.time("End", end);
        form.order(from, to, overnight);
        form.check();
        edit(em -> {
            WeeklyHoursRow row = em.find(WeeklyHoursRow.class, id);
            if (row == null) {
                throw new HoursForm.Invalid(List.of("That meal no longer exists; reload the page."));
            }
            if (active) {
                HoursRules.overlap(windows(rows(em, row.getHallId()), row), row.getDayOfWeek(), from, to,
                        overlapAllowed).ifPresent(form::problem);
            }
            form.check();
            String before = row.getLabel() + " " + row.getStartTime() + "–" + row.getEndTime() + (row.isActive() ? "" : " (off)");
            row.edit(from, to, active, overlapAllowed, "Edited by " + user);
            audit.record(em, user, "hours.update", row.getHallId() + " " + HoursRules.name(row.getDayOfWeek()) + " "
                    + before + " → " + from + "–" + to + (active ? "" : " (off)"));
        });
    }

    public void deleteWeekly(String user, long id) {
        edit(em -> {
            WeeklyHoursRow row = em.find(WeeklyHoursRow.class, id);
            if (row != null) {
                em.remove(row);
                audit.record(em, user, "hours.delete", row.getHallId() + " " + HoursRules.name(row.getDayOfWeek())
                        + " " + row.getLabel() + " " + row.getStartTime() + "–" + row.getEndTime());
            }
        });
    }

    public void addOverride(String user, String hallId, String kindValue, String dateValue, String mealLabel,
                            String start, String end, boolean overnight, String reasonValue) {
        HoursForm form = form();
        OverrideKind kind = form.kind(kindValue);
        LocalDate date = form.date(dateValue);
        String reason = form.reason(reasonValue);
        String label = kind == OverrideKind.CLOSED_DAY || kind == null ? null : form.label(mealLabel);
        boolean timed = kind != null && kind.timed();
        LocalTime from = timed ? form.time("Start", start) : null;
        LocalTime to = timed ? form.time("End", end) : null;
        form.order(from, to, overnight);
        form.check();
        String key = kind == OverrideKind.CLOSED_DAY ? HoursOverrideRow.WHOLE_DAY : Meal.keyOf(label);
        edit(em -> {
            boolean weekly = rows(em, hallId).stream().anyMatch(h -> h.getDayOfWeek() == date.getDayOfWeek()
                    && h.getMealKey().equals(key));
            boolean taken = !em.createNamedQuery(HoursOverrideRow.OF_HALL_DATE_MEAL, HoursOverrideRow.class)
                    .setParameter("hall", hallId).setParameter("date", date).setParameter("key", key)
                    .getResultList().isEmpty();
            HoursRules.override(kind, date, label, weekly, taken).forEach(form::problem);
            form.check();
            em.persist(new HoursOverrideRow(hallId, date, key, kind == OverrideKind.SPECIAL_OPENING ? label : null, from, to,
                    reason));
            audit.record(em, user, "override.add", hallId + " " + date + " " + kind.name().toLowerCase(Locale.ROOT)
                    + (label == null ? "" : " " + label) + (from == null ? "" : " " + from + "–" + to)
                    + (reason == null ? "" : " (" + reason + ")"));
        });
    }

    public void updateOverride(String user, long id, String start, String end, boolean overnight, String reasonValue) {
        HoursForm form = form();
        String reason = form.reason(reasonValue);
        edit(em -> {
            HoursOverrideRow row = em.find(HoursOverrideRow.class, id);
            if (row == null) {
                throw new HoursForm.Invalid(List.of("That override no longer exists; reload the page."));
            }
            boolean timed = row.getStartTime() != null;
            LocalTime from = timed ? form.time("Start", start) : null;
            LocalTime to = timed ? form.time("End", end) : null;
            form.order(from, to, overnight);
            form.check();
            row.edit(row.getLabel(), from, to, reason);
            audit.record(em, user, "override.update", row.getHallId() + " " + row.getServiceDate() + " "
                    + (row.isWholeDay() ? "whole day" : row.getMealKey()) + (from == null ? "" : " " + from + "–" + to)
                    + (reason == null ? "" : " (" + reason + ")"));
        });
    }

    public void deleteOverride(String user, long id) {
        edit(em -> {
            HoursOverrideRow row = em.find(HoursOverrideRow.class, id);
            if (row != null) {
                em.remove(row);
                audit.record(em, user, "override.delete", row.getHallId() + " " + row.getServiceDate() + " "
                        + (row.isWholeDay() ? "whole day" : row.getMealKey()));
            }
        });
    }

    private static List<WeeklyHoursRow> rows(EntityManager em, String hallId) {
        return em.createNamedQuery(WeeklyHoursRow.OF_HALL, WeeklyHoursRow.class).setParameter("hall", hallId)
                .getResultList();
    }

    /** The hall's windows as the rules see them, without the one being changed. */
    private static List<Window> windows(List<WeeklyHoursRow> rows, WeeklyHoursRow changed) {
        return rows.stream().filter(h -> h != changed).map(h -> new Window(h.getLabel(), h.getDayOfWeek(),
                h.getStartTime(), h.getEndTime(), h.isActive(), h.isOverlapAllowed())).toList();
    }

    private static Row row(WeeklyHoursRow h) {
        return new Row(h.getId(), h.getDayOfWeek(), h.getMealKey(), h.getLabel(), h.getStartTime(), h.getEndTime(),
                !h.getEndTime().isAfter(h.getStartTime()), h.isActive(), h.isEstimated(), h.isOverlapAllowed());
    }

    private static OverrideRow overrideRow(HoursOverrideRow o) {
        return new OverrideRow(o.getId(), o.getHallId(), o.getServiceDate(), o.kind(),
                o.isWholeDay() ? null : o.getMealKey(), o.getLabel(), o.getStartTime(), o.getEndTime(), o.getReason());
    }
}
