package org.fivecmenus.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Steady load on a running application from a few client threads, each sending the given paths round-robin,
 * one request at a time, until {@link #stop()} (or a hard limit of two minutes, so a test that forgets cannot
 * run on). Every answer is recorded with its start time, so a test can look at one phase (say, while Redis
 * was frozen) on its own. A request that throws or takes longer than the client timeout is a failure.
 */
public final class Load implements AutoCloseable {

    /** One request: when it started, what it asked, and the status (0 when it got no answer). */
    public record Sample(Instant startedAt, String path, int status, Duration took, String error) {
        public boolean failed() {
            return status == 0 || status >= 500;
        }
    }

    /** The samples that started within a phase. */
    public record Phase(List<Sample> samples) {
        public List<Sample> failures() {
            return samples.stream().filter(Sample::failed).toList();
        }

        public Duration percentile(double p) {
            if (samples.isEmpty()) {
                return Duration.ZERO;
            }
            List<Duration> took = samples.stream().map(Sample::took).sorted().toList();
            return took.get(Math.min(took.size() - 1, (int) Math.ceil(p / 100 * took.size()) - 1));
        }

        public Duration max() {
            return samples.stream().map(Sample::took).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        }

        @Override
        public String toString() {
            return samples.size() + " requests, " + failures().size() + " failed, p50 " + percentile(50).toMillis()
                    + " ms, p99 " + percentile(99).toMillis() + " ms, max " + max().toMillis() + " ms";
        }
    }

    private static final Duration HARD_LIMIT = Duration.ofMinutes(2);

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;

    private Load(DeployedApp app, int clients, List<String> paths, Duration timeout) {
        threads = Executors.newFixedThreadPool(clients);
        Instant limit = Instant.now().plus(HARD_LIMIT);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            threads.submit(() -> {
                HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
                for (int i = offset; running.get() && Instant.now().isBefore(limit); i++) {
                    String path = paths.get(i % paths.size());
                    samples.add(send(client, app, path, timeout));
                }
            });
        }
    }

    /** Starts {@code clients} threads sending {@code paths}; each request may take at most {@code timeout}. */
    public static Load start(DeployedApp app, int clients, List<String> paths, Duration timeout) {
        return new Load(app, clients, List.copyOf(paths), timeout);
    }

    private static Sample send(HttpClient client, DeployedApp app, String path, Duration timeout) {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(app.uri(path)).timeout(timeout).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            return new Sample(started, path, response.statusCode(), Duration.ofNanos(System.nanoTime() - t0), null);
        } catch (IOException e) {
            return new Sample(started, path, 0, Duration.ofNanos(System.nanoTime() - t0), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(started, path, 0, Duration.ofNanos(System.nanoTime() - t0), e.toString());
        }
    }

    /** The samples that started in [from, to). */
    public Phase between(Instant from, Instant to) {
        return new Phase(samples.stream().filter(s -> !s.startedAt().isBefore(from) && s.startedAt().isBefore(to))
                .sorted(Comparator.comparing(Sample::startedAt)).toList());
    }

    public Phase all() {
        return new Phase(new ArrayList<>(samples));
    }

    /** Stops sending and waits for the requests under way. */
    public Phase stop() {
        running.set(false);
        threads.shutdown();
        try {
            threads.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return all();
    }

    @Override
    public void close() {
        stop();
    }
}
