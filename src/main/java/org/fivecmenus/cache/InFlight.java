package org.fivecmenus.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single flight: concurrent requests for one key share one execution of the work. The first caller runs it on
 * its own thread; the others wait, at most a bounded time, for its result or its failure. The entry is removed
 * when the work ends either way, and only if it is still this flight's ({@code remove(key, future)}), so a
 * slow, finished flight can never remove a newer one.
 *
 * <p>Each waiter holds a request thread, so a flight takes only so many ({@code MENUS_WAITERS_PER_KEY}); the
 * callers beyond them are turned away at once with {@link TooManyWaiters} (the menus answer "loading" with a
 * short Retry-After). A burst for one cold key cannot take every request thread.
 */
@ApplicationScoped
public class InFlight {

    /** Not waited for: the flight already has as many waiters as it may. */
    public static final class TooManyWaiters extends TimeoutException {
        TooManyWaiters(String key, int limit) {
            super(limit + " requests already wait for " + key);
        }
    }

    private record Flight(CompletableFuture<Object> result, AtomicInteger waiters) {
    }

    private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "menus.waiters-per-key", defaultValue = "16")
    int waitersPerKey = 16;

    public InFlight() {
    }

    /** With another bound on the waiters of one flight, for tests. */
    public InFlight(int waitersPerKey) {
        this.waitersPerKey = waitersPerKey;
    }

    /**
     * @throws TimeoutException when this caller joined another's flight and it did not finish within
     *                          {@code waitAtMost} (the flight itself goes on), or, as {@link TooManyWaiters},
     *                          when the flight had as many waiters as it may take
     */
    public <T> T run(String key, Supplier<T> work, Duration waitAtMost) throws TimeoutException {
        return run(key, work, waitAtMost, waitersPerKey);
    }

    /** As above, with a bound of the caller's own on the waiters. */
    @SuppressWarnings("unchecked")
    public <T> T run(String key, Supplier<T> work, Duration waitAtMost, int maxWaiters) throws TimeoutException {
        Flight mine = new Flight(new CompletableFuture<>(), new AtomicInteger());
        Flight running = flights.putIfAbsent(key, mine);
        if (running == null) {
            try {
                T result = work.get();
                mine.result().complete(result);
                return result;
            } catch (RuntimeException | Error e) {
                mine.result().completeExceptionally(e);
                throw e;
            } finally {
                flights.remove(key, mine);
            }
        }
        if (running.waiters().incrementAndGet() > maxWaiters) {
            running.waiters().decrementAndGet();
            throw new TooManyWaiters(key, maxWaiters);
        }
        try {
            return (T) running.result().get(waitAtMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + key, e);
        } finally {
            running.waiters().decrementAndGet();
        }
    }

    /** Callers waiting for the flight of {@code key} now. */
    public int waiting(String key) {
        Flight flight = flights.get(key);
        return flight == null ? 0 : flight.waiters().get();
    }

    /** Flights under way now, for health views and tests. */
    public int size() {
        return flights.size();
    }
}
