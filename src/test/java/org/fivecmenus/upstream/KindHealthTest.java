package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fivecmenus.hall.VendorKindName;
import org.junit.jupiter.api.Test;

/** A vendor kind's figures as an operator reads them in the admin area. */
class KindHealthTest {

    private static final Instant T = Instant.parse("2026-02-07T18:00:00Z");

    @Test
    void aNewKindHasMadeNoCallsAndItsBreakerIsClosed() {
        KindHealth.Figures figures = new KindHealth(new VendorKindName("sodexo")).figures();

        assertThat(figures.calls()).isZero();
        assertThat(figures.lastSuccess()).isNull();
        assertThat(figures.lastFailure()).isNull();
        assertThat(figures.paused()).isFalse();
    }

    @Test
    void failuresCountAmongTheCallsAndTheLastOneIsKept() {
        KindHealth health = new KindHealth(new VendorKindName("sodexo"));

        health.succeeded(T);
        health.failed(T.plusSeconds(1), "HTTP 500");
        health.failed(T.plusSeconds(2), "timed out");

        KindHealth.Figures figures = health.figures();
        assertThat(figures.calls()).isEqualTo(3);
        assertThat(figures.failures()).isEqualTo(2);
        assertThat(figures.lastFailureAt()).isEqualTo(T.plusSeconds(2));
        assertThat(figures.lastFailure()).isEqualTo("timed out");
    }

    @Test
    void theBreakerReadsAsOpenFromARefusalUntilACallGoesThroughAgain() {
        KindHealth health = new KindHealth(new VendorKindName("sodexo"));
        health.succeeded(T);

        health.refused(T.plusSeconds(5));
        assertThat(health.figures().paused()).isTrue();
        assertThat(health.figures().refused()).isEqualTo(1);
        assertThat(health.figures().calls()).as("a refused call never reached the vendor").isEqualTo(1);

        health.succeeded(T.plusSeconds(40));
        assertThat(health.figures().paused()).isFalse();
    }
}
