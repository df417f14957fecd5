package org.fivecmenus.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many menus this instance fetches and parses at once, and who goes first. A parse holds the vendor's whole
 * answer and its tree (a Bon Appétit page is 1.5 MB of HTML, a Pomona feed 2.7 MB of JSON), so a cold burst of
 * pages, each loading a week, ran the 160 MB heap out (bench/soak.sh): at most {@code vendor.concurrent-fetches}
 * turns are held at once.
 *
 * <p>A call somebody waits for never queues behind the background: while one waits, no background call gets a
 * turn, and the background never holds the last turn. So a request's call waits only for other requests' calls.
 */
@ApplicationScoped
public class FetchTurns {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private int held;
    private int foregroundWaiting;

    @Inject
    @ConfigProperty(name = "vendor.concurrent-fetches", defaultValue = "4")
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
                return true;
            } finally {
                foregroundWaiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes a turn for background work, after every waiting request and never the last one; waits as long as it takes. */
    public void takeBackground() throws InterruptedException {
        lock.lock();
        try {
            while (foregroundWaiting > 0 || held >= backgroundLimit()) {
                released.await(1, TimeUnit.SECONDS);
            }
            held++;
        } finally {
            lock.unlock();
        }
    }

    public void release() {
        lock.lock();
        try {
            held--;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Turns held now, for tests and health views. */
    public int held() {
        lock.lock();
        try {
            return held;
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
