package org.fivecmenus.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Single flight: concurrent requests for one key share one execution of the work. The first caller runs it on
 * its own thread; the others wait, at most a bounded time, for its result or its failure. The entry is removed
 * when the work ends either way, and only if it is still this flight's ({@code remove(key, future)}), so a
 * slow, finished flight can never remove a newer one.
 */
@ApplicationScoped
public class InFlight {

    private final ConcurrentMap<String, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();

    /**
     * @throws TimeoutException when this caller joined another's flight and it did not finish within
     *                          {@code waitAtMost}; the flight itself goes on
     */
    @SuppressWarnings("unchecked")
    public <T> T run(String key, Supplier<T> work, Duration waitAtMost) throws TimeoutException {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = flights.putIfAbsent(key, mine);
        if (running == null) {
            try {
                T result = work.get();
                mine.complete(result);
                return result;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                flights.remove(key, mine);
            }
        }
        try {
            return (T) running.get(waitAtMost.toMillis(), TimeUnit.MILLISECONDS);
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
        }
    }

    /** Flights under way now, for health views and tests. */
    public int size() {
        return flights.size();
    }
}
