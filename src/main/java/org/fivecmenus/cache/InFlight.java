package org.fivecmenus.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Single flight: concurrent callers for one key share one execution of the work. The entry is removed when the
 * work ends either way, before its result is handed out, and only if it is still this flight's
 * ({@code remove(key, future)}), so a slow, finished flight can never remove a newer one.
 *
 * <p>Two ways to take part. {@link #share} is for requests: the work runs on the executor given, and every
 * caller gets a future of its result, so a waiter holds no thread, only the few hundred bytes of its future and
 * its suspended response; nothing but memory bounds them (docs/decisions.md). {@link #run} is for work that
 * already has a thread of its own (background refreshes, a feed download within a fetch): the first caller
 * runs it on its own thread and the others block, at most a bounded time.
 */
@ApplicationScoped
public class InFlight {

    private final ConcurrentMap<String, CompletableFuture<Object>> flights = new ConcurrentHashMap<>();

    /**
     * The result of the flight under way for the key, or of a new one that runs {@code work} on {@code executor}.
     * Each caller gets a copy of the flight's future: what it does to its copy (a timeout, say) never touches
     * the flight or the other callers.
     */
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<T> share(String key, Supplier<T> work, Executor executor) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = flights.putIfAbsent(key, mine);
        if (running != null) {
            return (CompletableFuture<T>) running.copy();
        }
        CompletableFuture<T> result = (CompletableFuture<T>) mine.copy();
        try {
            executor.execute(() -> {
                try {
                    fly(key, mine, work);
                } catch (RuntimeException | Error delivered) {
                    // Every caller hears it through its future.
                }
            });
        } catch (RuntimeException rejected) {
            flights.remove(key, mine);
            mine.completeExceptionally(rejected);
        }
        return result;
    }

    /**
     * @throws TimeoutException when this caller joined another's flight and it did not finish within
     *                          {@code waitAtMost} (the flight itself goes on)
     */
    @SuppressWarnings("unchecked")
    public <T> T run(String key, Supplier<T> work, Duration waitAtMost) throws TimeoutException {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = flights.putIfAbsent(key, mine);
        if (running == null) {
            return (T) fly(key, mine, work);
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

    private <T> T fly(String key, CompletableFuture<Object> flight, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            flights.remove(key, flight);
            flight.completeExceptionally(e);
            throw e;
        }
        // Gone before anyone hears the result: whatever a waiter starts next is a flight of its own.
        flights.remove(key, flight);
        flight.complete(result);
        return result;
    }

    /** Flights under way now, for health views and tests. */
    public int size() {
        return flights.size();
    }
}
