package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.problem.Causes;
import org.fivecmenus.problem.DatabaseUnavailableException;
import org.fivecmenus.upstream.FetchLog;
import org.fivecmenus.upstream.FetchTurns;

/**
 * Fresh menus on their way to the database. A menu is stored in two steps: its rows with the fetch-log entry of
 * the call that brought it (one transaction, small), then its dishes in the index (derived from those rows, and
 * far longer to write: hundreds of dishes and their letter pairs).
 * <ul>
 * <li>A menu a request waits for has its rows stored before it is answered, on the fetching thread
 * ({@link #save}): a crash right after the answer loses no menu (a stored day whose dishes were never indexed is
 * indexed by {@code DishBackfill}). Its dishes are indexed behind the answer.</li>
 * <li>A menu fetched in the background is stored behind it, both steps ({@link #saveBehind}).</li>
 * </ul>
 * What is written behind is written by one thread: H2 timed its table locks out when the week's prefetch
 * indexed its days side by side, and menus were lost. A failed write is kept and tried again (in a second, or
 * every {@code db.retry-interval} while the database is away), never dropped; the menu is served meanwhile, and
 * {@link #pending()} shows it to the dish pages and search until its dishes are indexed. One copy per hall and
 * day, the newest: a long outage costs at most {@link #LIMIT} menus of memory, and one pushed out is logged.
 */
@ApplicationScoped
public class UnsavedMenus {

    private static final Logger LOG = Logger.getLogger(UnsavedMenus.class.getName());

    /** Seven halls across the whole date window is about 10,000 days; an outage touches far fewer. */
    static final int LIMIT = 2_000;

    /**
     * A menu and the call that brought it: the log entry is written when the menu is, late but true.
     *
     * @param failures writes of it that failed: a copy that keeps failing goes after the others
     * @param rowsStored its rows and log entry are stored; only its dishes wait to be indexed
     */
    record Unsaved(DayMenu menu, Instant fetchedAt, FetchLog.Call call, int failures, boolean rowsStored) {

        Unsaved failedOnceMore() {
            return new Unsaved(menu, fetchedAt, call, failures + 1, rowsStored);
        }

        Unsaved withRowsStored() {
            return new Unsaved(menu, fetchedAt, call, failures, true);
        }
    }

    /** A write that failed while the database answers (a lock, another instance's row) is tried again this soon. */
    static final Duration RETRY_SOON = Duration.ofSeconds(1);

    private final Map<String, Unsaved> waiting = new ConcurrentHashMap<>();

    @Inject
    MenuStore store;

    @Inject
    FetchTurns turns;

    @Inject
    @ConfigProperty(name = "db.retry-interval")
    Duration retryInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    private WriteBehind writer;

    protected UnsavedMenus() {
    }

    /** For tests: no container, so a save behind is written on the caller's thread, and no retries unless a test calls {@link #storeWaiting}. */
    UnsavedMenus(MenuStore store) {
        this.store = store;
        this.writer = WriteBehind.inline(this::storeWaiting);
    }

    @PostConstruct
    void start() {
        writer = WriteBehind.start(this::storeWaiting, threads, scheduler, turns, retryInterval);
    }

    @PreDestroy
    void stop() {
        writer.finish(Duration.ofSeconds(10));
        if (!waiting.isEmpty()) {
            LOG.warning(() -> waiting.size() + " fresh menus were never stored (the database stayed away): "
                    + String.join(", ", waiting.keySet()));
        }
    }

    /**
     * Stores the menu's rows and fetch-log entry now, or keeps both to be stored as soon as the database lets it;
     * its dishes are indexed behind the caller.
     */
    public void save(DayMenu menu, Instant fetchedAt, FetchLog.Call call) {
        String key = menu.hallId() + ":" + menu.date();
        try {
            store.save(menu, fetchedAt, call);
        } catch (RuntimeException e) {
            Unsaved unsaved = new Unsaved(menu, fetchedAt, call, 0, false);
            keep(key, unsaved);
            failed(key, unsaved, e);
            return;
        }
        keep(key, new Unsaved(menu, fetchedAt, call, 0, true));
        drainSoon();
    }

    /** Stores the menu, its fetch-log entry and its dishes behind the caller, who goes on at once. */
    public void saveBehind(DayMenu menu, Instant fetchedAt, FetchLog.Call call) {
        keep(menu.hallId() + ":" + menu.date(), new Unsaved(menu, fetchedAt, call, 0, false));
        drainSoon();
    }

    /** The menus served and not stored yet, for the readers that must see each one as soon as it is served. */
    public List<DayMenu> pending() {
        if (waiting.isEmpty()) {
            return List.of();
        }
        return waiting.values().stream().map(Unsaved::menu).toList();
    }

    void keep(String key, Unsaved unsaved) {
        waiting.merge(key, unsaved, (old, fresh) -> old.fetchedAt().isAfter(fresh.fetchedAt()) ? old : fresh);
        while (waiting.size() > LIMIT) {
            waiting.entrySet().stream().min(Comparator.comparing(e -> e.getValue().fetchedAt()))
                    .ifPresent(oldest -> {
                        if (waiting.remove(oldest.getKey(), oldest.getValue())) {
                            LOG.warning(() -> "NOT STORED: the menu for " + oldest.getKey() + " fetched at "
                                    + oldest.getValue().fetchedAt() + " (more than " + LIMIT + " waiting)");
                        }
                    });
        }
    }

    private void drainSoon() {
        if (!waiting.isEmpty()) {
            writer.soon();
        }
    }

    /**
     * Writes what waits, the copies that failed least first, and stops at the first failure: it is tried again
     * in {@link #RETRY_SOON}, or with the next retry while the database is away.
     *
     * @return how many were stored, dishes and all
     */
    int storeWaiting() {
        List<Map.Entry<String, Unsaved>> queue = waiting.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Unsaved> e) -> e.getValue().failures())
                        .thenComparing(e -> e.getValue().fetchedAt()))
                .toList();
        int stored = 0;
        for (Map.Entry<String, Unsaved> entry : queue) {
            Unsaved unsaved = entry.getValue();
            try {
                writer.awaitNoRequest();
                if (!unsaved.rowsStored()) {
                    store.save(unsaved.menu(), unsaved.fetchedAt(), unsaved.call());
                    Unsaved rowsStored = unsaved.withRowsStored();
                    if (!waiting.replace(entry.getKey(), unsaved, rowsStored)) {
                        continue; // A newer copy came meanwhile: it is indexed in its turn.
                    }
                    unsaved = rowsStored;
                }
                store.index(unsaved.menu(), unsaved.fetchedAt());
            } catch (RuntimeException e) {
                failed(entry.getKey(), unsaved, e);
                return stored;
            }
            waiting.remove(entry.getKey(), unsaved);
            stored++;
        }
        if (stored > 0 && queue.stream().anyMatch(e -> e.getValue().failures() > 0)) {
            int count = stored;
            LOG.info(() -> "Stored " + count + " menus kept while the database was away or refused them");
        }
        return stored;
    }

    private void failed(String key, Unsaved unsaved, RuntimeException e) {
        waiting.replace(key, unsaved, unsaved.failedOnceMore());
        if (e instanceof DatabaseUnavailableException) {
            if (unsaved.failures() == 0) {
                LOG.warning(() -> "Could not store the menu for " + key + " (" + Causes.rootMessage(e) + "); it is "
                        + "served, and stored when the database is back (" + waiting.size() + " waiting)");
            }
            return;
        }
        LOG.warning(() -> "Storing the menu for " + key + " failed (" + Causes.rootMessage(e) + "); it is served, "
                + "and tried again in " + RETRY_SOON.toSeconds() + " s (" + (unsaved.failures() + 1) + " failures)");
        writer.after(RETRY_SOON);
    }

    int count() {
        return waiting.size();
    }
}
