package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.FetchTurns;

/**
 * Vendor calls nobody waits for: refreshes of menus that are due and the days fetched ahead. A handful of
 * threads (virtual where the JDK has them, else managed) with a bounded queue (work that does not fit is
 * refused: the next read asks again), each key at most once at a time, and at most
 * {@code menus.background.per-vendor} calls to one vendor at once, so reading ahead never hammers a vendor.
 * Each call takes its background turn ({@link FetchTurns}) before it starts, behind every call a request waits
 * for, so the requests are never starved.
 */
@ApplicationScoped
public class Refreshes {

    private static final Logger LOG = Logger.getLogger(Refreshes.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ContextService context;

    @Inject
    FetchTurns turns;

    @Inject
    @ConfigProperty(name = "menus.virtual-threads")
    boolean virtualThreads;

    @Inject
    @ConfigProperty(name = "menus.background.per-vendor")
    int perVendor;

    private Executor executor;
    private ThreadPoolExecutor pool;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<VendorKindName, Semaphore> lanes = new ConcurrentHashMap<>();

    Refreshes() {
    }

    /** For tests: work runs on the given executor. */
    Refreshes(Executor executor, int perVendor, FetchTurns turns) {
        this.executor = executor;
        this.perVendor = perVendor;
        this.turns = turns;
    }

    @PostConstruct
    void start() {
        ThreadFactory factory = VirtualThreads.withContextOfNow("menus-background-", context, virtualThreads)
                .orElse(threads);
        pool = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), factory,
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
    }

    /** Runs the work for the key in the background, unless it is already queued or running. */
    public void submit(String key, VendorKindName vendor, Runnable work) {
        if (!running.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                Semaphore lane = lanes.computeIfAbsent(vendor, v -> new Semaphore(perVendor));
                try {
                    lane.acquire();
                    try {
                        turns.takeBackground();
                        try {
                            work.run();
                        } finally {
                            turns.releaseBackground();
                        }
                    } finally {
                        lane.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Background work for " + key + " failed", e);
                } finally {
                    running.remove(key);
                }
            });
        } catch (RuntimeException rejected) {
            running.remove(key);
        }
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
