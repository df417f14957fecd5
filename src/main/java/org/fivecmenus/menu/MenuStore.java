package org.fivecmenus.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fivecmenus.config.JsonConfig;
import org.fivecmenus.database.Database;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.upstream.FetchLog;

/**
 * The last good copy of every hall's day, in PostgreSQL (or H2): one row per meal with a content hash, plus
 * the day's status. It is what a request is served when the vendor fails.
 */
@ApplicationScoped
public class MenuStore {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(MenuStore.class.getName());
    private static final Type STATIONS = new ArrayList<Station>() { }.getClass().getGenericSuperclass();

    @Inject
    Database database;

    @Inject
    DayIndex index;

    @Inject
    FetchLog fetchLog;

    private final Jsonb json = JsonConfig.jsonb();

    /**
     * Upserts the day and its meals, with the vendor call that brought them, in one transaction: the fetch log
     * never says a menu was stored that was not, nor misses one that was. Meals the vendor no longer lists are
     * removed. A copy older than the stored one (kept through a database outage, saved late) changes nothing
     * but the log. The day's dishes are indexed apart ({@link #index}): the index is derived from these rows
     * and takes far longer to write, so a request's answer never waits for it.
     */
    public void save(DayMenu day, Instant fetchedAt, FetchLog.Call call) {
        database.transaction(em -> {
            upsert(em, day, fetchedAt);
            fetchLog.write(em, call);
        });
    }

    /** Indexes the day's dishes, unless a copy newer than this one is stored (its own indexing follows). */
    public void index(DayMenu day, Instant fetchedAt) {
        database.transaction(em -> {
            StoredDayRow stored = em.find(StoredDayRow.class, new StoredDayRow.Key(day.hallId(), day.date()));
            if (stored == null || !stored.getFetchedAt().toInstant().isAfter(fetchedAt)) {
                index.replace(em, day);
            }
        });
    }

    private void upsert(EntityManager em, DayMenu day, Instant fetchedAt) {
        var at = fetchedAt.atOffset(ZoneOffset.UTC);
        StoredDayRow stored = em.find(StoredDayRow.class, new StoredDayRow.Key(day.hallId(), day.date()));
        if (stored != null && stored.getFetchedAt().toInstant().isAfter(fetchedAt)) {
            return;
        }
        if (stored == null) {
            stored = new StoredDayRow(day.hallId(), day.date());
            stored.update(day.status(), day.source(), at);
            em.persist(stored);
        } else {
            stored.update(day.status(), day.source(), at);
        }
        Map<String, StoredMealRow> existing = meals(em, day.hallId(), day.date()).stream()
                .collect(Collectors.toMap(StoredMealRow::getMealKey, Function.identity()));
        Set<String> current = day.meals().stream().map(m -> cap(m.key(), 64)).collect(Collectors.toSet());
        existing.values().stream().filter(m -> !current.contains(m.getMealKey())).forEach(em::remove);
        int order = 0;
        for (Meal meal : day.meals()) {
            String stations = json.toJson(meal.stations(), STATIONS);
            StoredMealRow row = existing.get(cap(meal.key(), 64));
            if (row == null) {
                row = new StoredMealRow(day.hallId(), day.date(), cap(meal.key(), 64));
                em.persist(row);
            }
            row.update(order++, cap(meal.label(), 100), meal.period() == null ? null : meal.period().slug(),
                    meal.startsAt(), meal.endsAt(), stations, at);
        }
    }

    /** Vendors do not bound their labels; the columns do. */
    private static String cap(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** The stored copy of the day, if the vendor ever answered for it and it can still be read. */
    public Optional<StoredDay> load(String hallId, LocalDate date) {
        try {
            return read(hallId, date);
        } catch (JsonbException | IllegalArgumentException e) {
            LOG.warning(() -> "The stored menu of " + hallId + " " + date + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<StoredDay> read(String hallId, LocalDate date) {
        return database.read(em -> {
            StoredDayRow day = em.find(StoredDayRow.class, new StoredDayRow.Key(hallId, date));
            if (day == null) {
                return Optional.empty();
            }
            List<Meal> meals = day.getStatus() != DayStatus.SERVED ? List.of() : meals(em, hallId, date).stream()
                    .map(row -> new Meal(row.getMealKey(), row.getLabel(),
                            row.getPeriod() == null ? null : MealPeriod.fromSlug(row.getPeriod()).orElse(null),
                            row.getStartsAt(), row.getEndsAt(), json.<List<Station>>fromJson(row.getStations(), STATIONS)))
                    .toList();
            if (day.getStatus() == DayStatus.SERVED && meals.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StoredDay(new DayMenu(hallId, date, day.getStatus(), meals, day.getSource()),
                    day.getFetchedAt().toInstant()));
        });
    }

    public record StoredDay(DayMenu menu, Instant fetchedAt) {
    }

    private static List<StoredMealRow> meals(EntityManager em, String hallId, LocalDate date) {
        return em.createNamedQuery(StoredMealRow.OF_DAY, StoredMealRow.class)
                .setParameter("hall", hallId)
                .setParameter("date", date)
                .getResultList();
    }

}
