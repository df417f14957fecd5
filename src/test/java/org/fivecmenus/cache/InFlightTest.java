package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        InFlight inFlight = new InFlight(64);
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
    void callersBeyondTheWaiterBoundAreTurnedAwayAtOnceAndTheOthersGetTheResult() throws Exception {
        InFlight bounded = new InFlight(4);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> leader = threads.submit(() -> bounded.run("cold", () -> {
            await(release);
            return "menu";
        }, Duration.ofSeconds(10)));
        waitUntil(() -> bounded.size() == 1);
        List<Future<String>> waiters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            waiters.add(threads.submit(() -> bounded.run("cold", () -> "not me", Duration.ofSeconds(10))));
        }
        waitUntil(() -> bounded.waiting("cold") == 4);

        long t0 = System.nanoTime();
        assertThatThrownBy(() -> bounded.run("cold", () -> "not me", Duration.ofSeconds(10)))
                .isInstanceOf(InFlight.TooManyWaiters.class).hasMessageContaining("4 requests already wait for cold");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("turned away, not made to wait")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(bounded.waiting("cold")).isEqualTo(4);
        release.countDown();
        assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("menu");
        for (Future<String> waiter : waiters) {
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("menu");
        }
        assertThat(bounded.waiting("cold")).isZero();
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
