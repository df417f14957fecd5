package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InFlightTest {

    private final InFlight inFlight = new InFlight();
    private final ExecutorService threads = Executors.newFixedThreadPool(50);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void concurrentCallersForOneKeyShareOneExecution() throws Exception {
        AtomicInteger executions = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(threads.submit(() -> inFlight.run("menu:hoch:2026-11-23", () -> {
                executions.incrementAndGet();
                await(release);
                return "menu";
            }, Duration.ofSeconds(10))));
        }
        waitUntil(() -> executions.get() == 1);
        Thread.sleep(200); // let the other 49 join the flight
        release.countDown();

        for (Future<String> result : results) {
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("menu");
        }
        assertThat(executions).hasValue(1);
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void everyWaiterGetsTheFailureAndTheEntryIsRemoved() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> leader = threads.submit(() -> inFlight.run("k", () -> {
            await(release);
            throw new IllegalStateException("vendor exploded");
        }, Duration.ofSeconds(10)));
        waitUntil(() -> inFlight.size() == 1);
        Future<String> waiter = threads.submit(() -> inFlight.run("k", () -> "not me", Duration.ofSeconds(10)));
        Thread.sleep(100);
        release.countDown();

        assertThatThrownBy(() -> leader.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("vendor exploded");
        assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("vendor exploded");
        assertThat(inFlight.size()).isZero();
        assertThat(inFlight.run("k", () -> "fresh flight", Duration.ofSeconds(1))).isEqualTo("fresh flight");
    }

    @Test
    void aWaiterGivesUpAfterItsTimeoutWhileTheFlightGoesOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> leader = threads.submit(() -> inFlight.run("slow", () -> {
            await(release);
            return "late";
        }, Duration.ofSeconds(10)));
        waitUntil(() -> inFlight.size() == 1);

        assertThatThrownBy(() -> inFlight.run("slow", () -> "not me", Duration.ofMillis(100)))
                .isInstanceOf(TimeoutException.class);
        release.countDown();
        assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("late");
    }

    @Test
    void aThousandSharersOfOneKeyHoldNoThreadAndAllGetTheOneResult() throws Exception {
        AtomicInteger executions = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService oneThread = Executors.newSingleThreadExecutor();
        try {
            List<CompletableFuture<String>> sharers = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                // Asked from this one thread: a sharer that blocked it would stop the loop here.
                sharers.add(inFlight.share("cold", () -> {
                    executions.incrementAndGet();
                    await(release);
                    return "menu";
                }, oneThread));
            }
            assertThat(sharers).noneMatch(CompletableFuture::isDone);
            release.countDown();

            for (CompletableFuture<String> sharer : sharers) {
                assertThat(sharer.get(10, TimeUnit.SECONDS)).isEqualTo("menu");
            }
            assertThat(executions).hasValue(1);
            assertThat(inFlight.size()).isZero();
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void aSharerThatGivesUpLeavesTheFlightAndTheOtherSharersAlone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> patient = inFlight.share("slow", () -> {
            await(release);
            return "late";
        }, threads);
        CompletableFuture<String> hasty = inFlight.share("slow", () -> "not me", threads)
                .orTimeout(50, TimeUnit.MILLISECONDS);

        assertThatThrownBy(() -> hasty.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);
        assertThat(inFlight.size()).as("the flight goes on").isEqualTo(1);
        release.countDown();
        assertThat(patient.get(10, TimeUnit.SECONDS)).isEqualTo("late");
    }

    @Test
    void aFlightThatFailsFailsEverySharerAndTheNextCallerStartsAFreshOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = inFlight.share("k", () -> {
            await(release);
            throw new IllegalStateException("vendor exploded");
        }, threads);
        CompletableFuture<String> second = inFlight.share("k", () -> "not me", threads);
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("vendor exploded");
        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("vendor exploded");
        assertThat(inFlight.size()).isZero();
        assertThat(inFlight.share("k", () -> "fresh flight", threads).get(10, TimeUnit.SECONDS))
                .isEqualTo("fresh flight");
    }

    @Test
    void aBlockingCallerJoinsAFlightThatSharersStarted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> shared = inFlight.share("k", () -> {
            await(release);
            return "menu";
        }, threads);
        Future<String> blocking = threads.submit(() -> inFlight.run("k", () -> "not me", Duration.ofSeconds(10)));
        Thread.sleep(100);
        release.countDown();

        assertThat(blocking.get(10, TimeUnit.SECONDS)).isEqualTo("menu");
        assertThat(shared.get(10, TimeUnit.SECONDS)).isEqualTo("menu");
    }

    @Test
    void differentKeysDoNotWaitForEachOther() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> inFlight.run("a", () -> {
            await(release);
            return "a";
        }, Duration.ofSeconds(10)));
        waitUntil(() -> inFlight.size() == 1);

        assertThat(inFlight.run("b", () -> "b", Duration.ofMillis(100))).isEqualTo("b");
        release.countDown();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }
}
