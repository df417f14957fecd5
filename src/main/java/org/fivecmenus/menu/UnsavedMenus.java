package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.vendor.FetchLog;

/**
 * Fresh menus that were served while the database could not store them, kept here and stored once it can.
 * A menu served fresh must not exist only in caches: after a restart it would be gone, and while the vendor
 * fails it would be the copy worth serving stale.
 *
 * <p>One copy per hall and day, the newest, so a long outage costs at most {@link #LIMIT} menus of memory; a
 * menu pushed out beyond that is logged as not stored. A later successful save of the same day supersedes
 * what waits here.
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

    /** A menu and the call that brought it: the log entry is written when the menu is, late but true. */
    record Unsaved(DayMenu menu, Instant fetchedAt, FetchLog.Call call) {
    }

    private final Map<String, Unsaved> waiting = new ConcurrentHashMap<>();

    @Inject
    MenuStore store;

    @Inject
    @ConfigProperty(name = "db.retry-interval", defaultValue = "PT15S")
    Duration retryInterval;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> retries;

    UnsavedMenus() {
    }

    /** For tests: no container, so no retries unless a test calls {@link #storeWaiting}. */
    UnsavedMenus(MenuStore store) {
        this.store = store;
    }

    @PostConstruct
    void start() {
        if (scheduler != null) {
            long every = Math.max(1000, retryInterval.toMillis());
            retries = scheduler.scheduleWithFixedDelay(() -> storeWaiting(store::save), every, every,
                    TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (retries != null) {
            retries.cancel(false);
        }
        if (!waiting.isEmpty()) {
            LOG.warning(() -> waiting.size() + " fresh menus were never stored (the database stayed away): "
                    + String.join(", ", waiting.keySet()));
        }
    }

    /** Stores the menu and its fetch-log entry now, or keeps both for when the database is back. */
    public void save(DayMenu menu, Instant fetchedAt, FetchLog.Call call) {
        String key = menu.hallId() + ":" + menu.date();
        try {
            store.save(menu, fetchedAt, call);
            waiting.computeIfPresent(key, (k, old) -> old.fetchedAt().isAfter(fetchedAt) ? old : null);
        } catch (RuntimeException e) {
            keep(key, new Unsaved(menu, fetchedAt, call));
            LOG.warning(() -> "Could not store the menu for " + key + " (" + e.getClass().getSimpleName()
                    + "); it is served, and stored when the database is back (" + waiting.size() + " waiting)");
        }
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

    /** @return how many were stored; stops at the first failure, the database being still away */
    int storeWaiting(Saver saver) {
        int stored = 0;
        for (Map.Entry<String, Unsaved> entry : waiting.entrySet()) {
            Unsaved unsaved = entry.getValue();
            try {
                saver.save(unsaved.menu(), unsaved.fetchedAt(), unsaved.call());
            } catch (RuntimeException stillAway) {
                return stored;
            }
            waiting.remove(entry.getKey(), unsaved);
            stored++;
        }
        if (stored > 0) {
            int count = stored;
            LOG.info(() -> "Stored " + count + " menus kept while the database was away");
        }
        return stored;
    }

    int count() {
        return waiting.size();
    }
}
