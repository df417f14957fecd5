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
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.problem.Causes;
import org.fivecmenus.problem.DatabaseUnavailableException;
import org.fivecmenus.vendor.FetchLog;

/**
 * Fresh menus on their way to the database, written behind the answer by one writer. The request that brought a
 * menu is answered as soon as it is parsed and kept; storing it never delays an answer, and one writer means the
 * menu rows and the dish index are never written by two transactions of this instance at once (H2 timed its
 * table locks out when the week's prefetch stored its days side by side).
 *
 * <p>A menu waits here until it is stored: a write that fails is tried again (in a second, or every
 * {@code db.retry-interval} while the database is away), never dropped. While it waits, {@link #pending()} shows
 * it to whoever must see every served menu (the dish pages and search). One copy per hall and day, the newest,
 * so a long outage costs at most {@link #LIMIT} menus of memory; a menu pushed out beyond that is logged as not
 * stored.
 */
@ApplicationScoped
public class UnsavedMenus {

    private static final Logger LOG = Logger.getLogger(UnsavedMenus.class.getName());

    /** Seven halls across the whole date window is about 10,000 days; an outage touches far fewer. */
    static final int LIMIT = 2_000;

    /** How a kept menu is stored; throws while the database is still away. */
    @FunctionalInterface
    interface Saver {
        void save(DayMenu menu, Instant fetchedAt, FetchLog.Call call);
    }

    /**
     * A menu and the call that brought it: the log entry is written when the menu is, late but true.
     *
     * @param failures writes of it that failed: a copy that keeps failing goes after the others
     */
    record Unsaved(DayMenu menu, Instant fetchedAt, FetchLog.Call call, int failures) {

        Unsaved failedOnceMore() {
            return new Unsaved(menu, fetchedAt, call, failures + 1);
        }
    }

    /** A write that failed while the database answers (a lock, another instance's row) is tried again this soon. */
    static final Duration RETRY_SOON = Duration.ofSeconds(1);

    private final Map<String, Unsaved> waiting = new ConcurrentHashMap<>();

    @Inject
    MenuStore store;

    @Inject
    @ConfigProperty(name = "db.retry-interval", defaultValue = "PT15S")
    Duration retryInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    private ScheduledFuture<?> retries;
    private ThreadPoolExecutor writerThread;
    private Executor writer;
    /** A drain is queued on the writer and has not begun: another signal adds nothing. */
    private final AtomicBoolean drainQueued = new AtomicBoolean();

    UnsavedMenus() {
    }

    /** For tests: no container, so each save is written on the caller's thread, and no retries unless a test calls {@link #storeWaiting}. */
    UnsavedMenus(MenuStore store) {
        this.store = store;
        this.writer = Runnable::run;
    }

    @PostConstruct
    void start() {
        writerThread = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        writerThread.allowCoreThreadTimeOut(true);
        writer = writerThread;
        long every = Math.max(1000, retryInterval.toMillis());
        retries = scheduler.scheduleWithFixedDelay(this::drainSoon, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
        if (writerThread != null) {
            writerThread.shutdown();
            try {
                // What is queued is finished: a menu served must not be lost to a redeployment.
                writerThread.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!waiting.isEmpty()) {
            LOG.warning(() -> waiting.size() + " fresh menus were never stored (the database stayed away): "
                    + String.join(", ", waiting.keySet()));
        }
    }

    /** Stores the menu and its fetch-log entry behind the caller, who goes on at once. */
    public void save(DayMenu menu, Instant fetchedAt, FetchLog.Call call) {
        keep(menu.hallId() + ":" + menu.date(), new Unsaved(menu, fetchedAt, call, 0));
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
        if (waiting.isEmpty() || !drainQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            writer.execute(() -> {
                // Cleared first: a menu saved while this drain runs queues the next one.
                drainQueued.set(false);
                storeWaiting(store::save);
            });
        } catch (RuntimeException rejected) {
            // Shutting down: stop() finishes what is queued, and the rest is logged as never stored.
            drainQueued.set(false);
        }
    }

    /**
     * Writes what waits, the copies that failed least first, and stops at the first failure: it is tried again
     * in {@link #RETRY_SOON}, or with the next retry while the database is away.
     *
     * @return how many were stored
     */
    int storeWaiting(Saver saver) {
        List<Map.Entry<String, Unsaved>> queue = waiting.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Unsaved> e) -> e.getValue().failures())
                        .thenComparing(e -> e.getValue().fetchedAt()))
                .toList();
        int stored = 0;
        for (Map.Entry<String, Unsaved> entry : queue) {
            Unsaved unsaved = entry.getValue();
            try {
                saver.save(unsaved.menu(), unsaved.fetchedAt(), unsaved.call());
            } catch (RuntimeException e) {
                failed(entry.getKey(), unsaved, e);
                return stored;
            }
            waiting.remove(entry.getKey(), unsaved);
            stored++;
        }
        if (stored > 0 && queue.stream().anyMatch(e -> e.getValue().failures() > 0)) {
            int count = stored;
            LOG.info(() -> "Stored " + count + " menus that had waited to be stored");
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
        if (scheduler != null) {
            scheduler.schedule(this::drainSoon, RETRY_SOON.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    int count() {
        return waiting.size();
    }
}
