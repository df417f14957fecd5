package org.fivecmenus.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many menus this instance fetches and parses at once, and who goes first. A parse holds the vendor's whole
 * answer and its tree (a Bon Appétit page is 1.5 MB of HTML, a Pomona feed 2.7 MB of JSON), so a cold burst of
 * pages, each loading a week, ran the 160 MB heap out (bench/soak.sh): at most {@code vendor.concurrent-fetches}
 * turns are held at once.
 *
 * <p>A call somebody waits for never queues behind the background, nor shares the two cores with it: while a
 * request's call waits or runs, no background call gets a turn (a cold start's first page would otherwise parse
 * its seven menus beside the week read ahead), and the background never holds the last turn. So a request's call
 * waits only for other requests' calls, and the background runs when the requests leave it room. Nor does the
 * background start while a request is being answered (a page rendered cold shares the cores too), unless it
 * has waited {@link #PATIENCE} for a moment without one: a steady stream of requests delays it, never stops it.
 */
@ApplicationScoped
public class FetchTurns {

    /** The longest background work waits for a moment when no request is being answered. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private int held;
    private int foregroundHeld;
    private int foregroundWaiting;
    /** Not under the lock: every request counts itself, and the background only looks every 100 ms. */
    private final AtomicInteger requestsAnswering = new AtomicInteger();

    @Inject
    @ConfigProperty(name = "vendor.concurrent-fetches")
    int turns;

    FetchTurns() {
    }

    /** For tests. */
    public FetchTurns(int turns) {
        this.turns = turns;
    }

    /** Takes a turn for a call a request waits for. @return false when none came free within {@code wait} */
    public boolean takeForeground(Duration wait) throws InterruptedException {
        long left = wait.toNanos();
        lock.lock();
        try {
            foregroundWaiting++;
            try {
                while (held >= turns) {
                    if (left <= 0) {
                        return false;
                    }
                    left = released.awaitNanos(left);
                }
                held++;
                foregroundHeld++;
                return true;
            } finally {
                foregroundWaiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a turn for background work once no request's call waits or runs, and never the last turn; waits as
     * long as it takes.
     */
    public void takeBackground() throws InterruptedException {
        long patientUntil = System.nanoTime() + PATIENCE.toNanos();
        lock.lock();
        try {
            while (foregroundWaiting > 0 || foregroundHeld > 0 || held >= backgroundLimit()
                    || (requestsAnswering.get() > 0 && System.nanoTime() < patientUntil)) {
                released.await(100, TimeUnit.MILLISECONDS);
            }
            held++;
        } finally {
            lock.unlock();
        }
    }

    /** Waits, at most {@link #PATIENCE}, for a moment when no request is being answered: for background writes. */
    public void awaitNoRequest() throws InterruptedException {
        long patientUntil = System.nanoTime() + PATIENCE.toNanos();
        while (requestsAnswering.get() > 0 && System.nanoTime() < patientUntil) {
            Thread.sleep(100);
        }
    }

    /** A request is being answered (a filter says so): background work waits its turn. */
    public void requestStarted() {
        requestsAnswering.incrementAndGet();
    }

    public void requestEnded() {
        requestsAnswering.decrementAndGet();
    }

    public void releaseForeground() {
        release(true);
    }

    public void releaseBackground() {
        release(false);
    }

    private void release(boolean foreground) {
        lock.lock();
        try {
            held--;
            if (foreground) {
                foregroundHeld--;
            }
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }


    public int turns() {
        return turns;
    }

    private int backgroundLimit() {
        return Math.max(1, turns - 1);
    }
}
