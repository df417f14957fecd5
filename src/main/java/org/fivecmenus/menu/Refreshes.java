package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.hall.VendorType;

/**
 * Vendor calls nobody waits for: refreshes of menus that are due and the days fetched ahead. A handful of
 * managed threads with a bounded queue (work that does not fit is refused: the next read asks again), each key
 * at most once at a time, and at most {@code menus.background.per-vendor} calls to one vendor at once, so
 * reading ahead never hammers a vendor or starves the requests.
 */
@ApplicationScoped
public class Refreshes {

    private static final Logger LOG = Logger.getLogger(Refreshes.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "menus.background.per-vendor", defaultValue = "2")
    int perVendor;

    private Executor executor;
    private ThreadPoolExecutor pool;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Map<VendorType, Semaphore> lanes = new ConcurrentHashMap<>();

    Refreshes() {
    }

    /** For tests: work runs on the given executor. */
    Refreshes(Executor executor, int perVendor) {
        this.executor = executor;
        this.perVendor = perVendor;
    }

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(4, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256), threads,
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        executor = pool;
    }

    /** Runs the work for the key in the background, unless it is already queued or running. */
    public void submit(String key, VendorType vendor, Runnable work) {
        if (!running.add(key)) {
            return;
        }
        try {
            executor.execute(() -> {
                Semaphore lane = lanes.computeIfAbsent(vendor, v -> new Semaphore(perVendor));
                try {
                    lane.acquire();
                    try {
                        work.run();
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

    /** Work queued or running now, for health views and tests. */
    public int pending() {
        return running.size();
    }

    @PreDestroy
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
