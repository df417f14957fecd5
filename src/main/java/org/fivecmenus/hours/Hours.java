package org.fivecmenus.hours;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.fivecmenus.cache.Coordination;
import org.fivecmenus.database.Database;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.problem.DatabaseUnavailableException;

/**
 * Hours as stored, evaluated by {@link OpeningHours}, from a snapshot of the rows in memory so that pages and
 * open-now make no database query. An admin's change rebuilds the snapshot here at once and, through the
 * shared cache's change tracking ({@link #VERSION_KEY}), on every other instance within moments. If the database
 * is down when a rebuild is due, the last snapshot keeps serving.
 *
 * <p>Hall status changes only at whole minutes (hours are kept to the minute), so "now" is evaluated once per
 * minute and the answer reused.
 */
@ApplicationScoped
public class Hours {

    private static final Logger LOG = Logger.getLogger(Hours.class.getName());
    /** Bumped by the instance that changed the hours; every instance hears of it. */
    static final String VERSION_KEY = "hours:version";
    static final java.time.Duration RETRY_AFTER_FAILURE = java.time.Duration.ofSeconds(5);

    /** The rows, as one read found them. */
    private record Snapshot(long version, long generation, Instant loadedAt, List<WeeklyHours> weekly,
                            List<HoursOverride> overrides) {
    }

    private record Statuses(long version, Instant minute, Map<String, HallStatus> byHall) {
    }

    @Inject
    Database database;

    @Inject
    Coordination shared;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private OpeningHours openingHours;
    private final AtomicLong versions = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile boolean outdated;
    private volatile Statuses lastStatuses;
    private volatile Instant retryAfter = Instant.MIN;

    @PostConstruct
    void init() {
        openingHours = new OpeningHours(clock, zone);
        shared.onChange(key -> {
            if (key == null || key.equals(VERSION_KEY)) {
                outdated = true;
            }
        });
    }

    /** Called after the hours were changed here: rebuild now, and tell the other instances. */
    public void changed() {
        outdated = true;
        snapshot();
        shared.bump(VERSION_KEY);
    }

    /** Changes with every rebuild: part of the key of anything rendered from the hours. */
    public long version() {
        return snapshot().version();
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

    /** Every hall's status now, evaluated at most once a minute. */
    public Map<String, HallStatus> statusesNow() {
        Snapshot rows = snapshot();
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Statuses last = lastStatuses;
        if (last != null && last.version() == rows.version() && last.minute().equals(minute)) {
            return last.byHall();
        }
        Map<String, HallStatus> statuses = statusesAt(rows, minute);
        lastStatuses = new Statuses(rows.version(), minute, statuses);
        return statuses;
    }

    /** Every hall's status at the instant, with the next opening looked up to a week ahead. */
    public Map<String, HallStatus> statusesAt(Instant at) {
        return statusesAt(snapshot(), at);
    }

    private Map<String, HallStatus> statusesAt(Snapshot rows, Instant at) {
        LocalDate date = LocalDate.ofInstant(at, zone);
        return openingHours.statusesAt(at, rows.weekly(),
                between(rows, date.minusDays(1), date.plusDays(OpeningHours.LOOKAHEAD_DAYS + 1)));
    }

    /** Every hall's windows that open on the date, after overrides. */
    public List<ServiceWindow> windowsOn(LocalDate date) {
        Snapshot rows = snapshot();
        return openingHours.windowsOn(date, rows.weekly(), between(rows, date, date));
    }

    /** Every hall's windows for each date of a range. */
    public Map<LocalDate, List<ServiceWindow>> windowsBetween(LocalDate from, LocalDate to) {
        Snapshot rows = snapshot();
        List<HoursOverride> overrides = between(rows, from, to);
        Map<LocalDate, List<ServiceWindow>> windows = new LinkedHashMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            windows.put(date, openingHours.windowsOn(date, rows.weekly(), overrides));
        }
        return windows;
    }

    /** The closing overrides of a range of dates. */
    public List<HoursOverride> closuresBetween(LocalDate from, LocalDate to) {
        return between(snapshot(), from, to).stream().filter(HoursOverride::closes).toList();
    }

    /** The overrides that close a meal or the whole day on the date, to say why a hall is shut. */
    public List<HoursOverride> closuresOn(LocalDate date) {
        return closuresBetween(date, date);
    }

    private static List<HoursOverride> between(Snapshot rows, LocalDate from, LocalDate to) {
        return rows.overrides().stream().filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to)).toList();
    }

    /**
     * The current snapshot, rebuilt first when it is outdated: changed here or elsewhere, possibly changed
     * while the shared cache was unreachable, or older than the shared cache lets copies be trusted.
     */
    private Snapshot snapshot() {
        Snapshot known = snapshot;
        if (usable(known)) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (usable(known)) {
                return known;
            }
            try {
                outdated = false;
                long generation = shared.generation();
                Snapshot loaded = new Snapshot(versions.incrementAndGet(), generation, clock.instant(), readWeekly(),
                        readOverrides());
                snapshot = loaded;
                retryAfter = Instant.MIN;
                return loaded;
            } catch (DatabaseUnavailableException e) {
                if (known == null) {
                    throw e;
                }
                outdated = true;
                retryAfter = clock.instant().plus(RETRY_AFTER_FAILURE);
                LOG.fine(() -> "Hours not rebuilt, the database is unavailable; serving the last snapshot");
                return known;
            }
        }
    }

    private boolean usable(Snapshot known) {
        if (known == null) {
            return false;
        }
        Instant now = clock.instant();
        boolean current = !outdated && known.generation() == shared.generation()
                && known.loadedAt().plus(shared.trustOwnCopyFor()).isAfter(now);
        // While the database is down, requests are served the last snapshot without each one waiting on it.
        return current || now.isBefore(retryAfter);
    }

    private List<WeeklyHours> readWeekly() {
        return database.read(em -> em.createNamedQuery(WeeklyHoursRow.ALL, WeeklyHoursRow.class)
                .getResultList().stream()
                .map(h -> new WeeklyHours(h.getHallId(), h.getDayOfWeek(), h.getMealKey(), h.getLabel(),
                        h.getPeriod() == null ? null : MealPeriod.fromSlug(h.getPeriod()).orElse(null),
                        h.getStartTime(), h.getEndTime(), h.isActive(), h.isEstimated(), h.getSource()))
                .toList());
    }

    private List<HoursOverride> readOverrides() {
        return database.read(em -> em.createNamedQuery(HoursOverrideRow.ALL, HoursOverrideRow.class)
                .getResultList().stream()
                .map(o -> new HoursOverride(o.getHallId(), o.getServiceDate(), o.getMealKey(), o.getLabel(),
                        o.getStartTime(), o.getEndTime(), o.getReason()))
                .toList());
    }
}
