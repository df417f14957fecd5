package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetchTurnsTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void theBackgroundNeverHoldsTheLastTurn() throws Exception {
        FetchTurns turns = new FetchTurns(4);
        for (int i = 0; i < 3; i++) {
            turns.takeBackground();
        }
        CompletableFuture<Void> fourth = CompletableFuture.runAsync(() -> background(turns), threads);
        Thread.sleep(100);

        assertThat(fourth).as("a fourth background call waits").isNotDone();
        assertThat(turns.takeForeground(Duration.ZERO)).as("a request's call starts at once").isTrue();
        turns.releaseBackground();
        turns.releaseBackground();
        Thread.sleep(100);
        assertThat(fourth).as("nor while a request's call runs").isNotDone();
        turns.releaseForeground();
        fourth.get(5, TimeUnit.SECONDS);
        assertThat(free(turns)).as("the two background calls still hold theirs").isEqualTo(2);
    }

    @Test
    void aWaitingRequestGoesBeforeEveryWaitingBackgroundCall() throws Exception {
        FetchTurns turns = new FetchTurns(2);
        assertThat(turns.takeForeground(Duration.ZERO)).isTrue();
        assertThat(turns.takeForeground(Duration.ZERO)).isTrue();
        CompletableFuture<Void> background = CompletableFuture.runAsync(() -> background(turns), threads);
        Thread.sleep(50);
        CompletableFuture<Boolean> request = CompletableFuture.supplyAsync(() -> {
            try {
                return turns.takeForeground(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, threads);
        Thread.sleep(50);

        turns.releaseForeground();

        assertThat(request.get(5, TimeUnit.SECONDS)).as("the request took the turn that came free").isTrue();
        assertThat(background).as("the background call, asked first, still waits").isNotDone();
        turns.releaseForeground();
        turns.releaseForeground();
        background.get(5, TimeUnit.SECONDS);
        assertThat(free(turns)).as("the background call holds one").isEqualTo(1);
    }

    @Test
    void aRequestThatFindsNoTurnInTimeIsToldSo() throws Exception {
        FetchTurns turns = new FetchTurns(1);
        assertThat(turns.takeForeground(Duration.ZERO)).isTrue();

        assertThat(turns.takeForeground(Duration.ofMillis(50))).isFalse();
        assertThat(free(turns)).as("the refused request holds none").isZero();
    }

    /** How many turns a request could take now; each is given back. */
    private static int free(FetchTurns turns) throws InterruptedException {
        int taken = 0;
        while (turns.takeForeground(Duration.ZERO)) {
            taken++;
        }
        for (int i = 0; i < taken; i++) {
            turns.releaseForeground();
        }
        return taken;
    }

    private static void background(FetchTurns turns) {
        try {
            turns.takeBackground();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
