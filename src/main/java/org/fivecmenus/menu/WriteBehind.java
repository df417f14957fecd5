package org.fivecmenus.menu;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fivecmenus.upstream.FetchTurns;

/**
 * The one thread that runs a drain behind the requests: asked again while a drain is queued, it adds nothing; a
 * drain asked for while one runs follows it. Each write of a drain waits, briefly, for a moment when no request
 * is being answered ({@link FetchTurns#awaitNoRequest}).
 */
final class WriteBehind {

    private final Runnable drain;
    private final Executor thread;
    private final ScheduledExecutorService scheduler;
    private final FetchTurns turns;
    /** A drain is queued and has not begun. */
    private final AtomicBoolean queued = new AtomicBoolean();

    private WriteBehind(Runnable drain, Executor thread, ScheduledExecutorService scheduler, FetchTurns turns) {
        this.drain = drain;
        this.thread = thread;
        this.scheduler = scheduler;
        this.turns = turns;
    }

    /** On a thread of its own, retried every {@code every}. */
    static WriteBehind start(Runnable drain, ThreadFactory threads, ScheduledExecutorService scheduler,
                             FetchTurns turns, Duration every) {
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads);
        one.allowCoreThreadTimeOut(true);
        WriteBehind writer = new WriteBehind(drain, one, scheduler, turns);
        long millis = Math.max(1000, every.toMillis());
        scheduler.scheduleWithFixedDelay(writer::soon, millis, millis, TimeUnit.MILLISECONDS);
        return writer;
    }

    /** For tests: each drain runs on the caller's thread at once, and nothing is retried by itself. */
    static WriteBehind inline(Runnable drain) {
        return new WriteBehind(drain, Runnable::run, null, null);
    }

    void soon() {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                // Cleared first: whatever is saved while this drain runs queues the next one.
                queued.set(false);
                drain.run();
            });
        } catch (RuntimeException rejected) {
            // Shutting down: finish() writes what is queued.
            queued.set(false);
        }
    }

    void after(Duration delay) {
        if (scheduler != null) {
            scheduler.schedule(this::soon, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void awaitNoRequest() {
        if (turns == null) {
            return;
        }
        try {
            turns.awaitNoRequest();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Finishes what is queued, at most {@code wait}: a menu served must not be lost to a redeployment. */
    void finish(Duration wait) {
        if (thread instanceof ThreadPoolExecutor pool) {
            pool.shutdown();
            try {
                pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
