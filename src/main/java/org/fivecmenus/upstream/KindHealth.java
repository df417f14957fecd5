package org.fivecmenus.upstream;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.fivecmenus.hall.VendorKindName;

/**
 * One vendor kind's figures on this instance since it started: calls made through its breaker, those that failed,
 * those its open breaker refused, and the last of each. Each kind's bean owns one ({@link VendorKind#health()});
 * {@link VendorMenus} records every call into it. The per-hall figures of the fetch log (admin, "Vendor health")
 * say which hall suffers; these say whether the kind as a whole is down and its breaker holding calls back.
 */
public final class KindHealth {

    /** What an operator reads; an instant is null when it has not happened since start. */
    public record Figures(VendorKindName kind, long calls, long failures, long refused, Instant lastSuccess,
                          Instant lastFailureAt, String lastFailure, Instant lastRefusedAt) {

        /** Whether its breaker refused a call after the last call that went through (it is open, or was). */
        public boolean paused() {
            return lastRefusedAt != null && (lastSuccess == null || lastRefusedAt.isAfter(lastSuccess));
        }
    }

    private record Failure(Instant at, String message) {
    }

    private final VendorKindName kind;
    private final LongAdder calls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder refused = new LongAdder();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();
    private final AtomicReference<Instant> lastRefused = new AtomicReference<>();

    public KindHealth(VendorKindName kind) {
        this.kind = kind;
    }

    void succeeded(Instant at) {
        calls.increment();
        lastSuccess.set(at);
    }

    void failed(Instant at, String message) {
        calls.increment();
        failures.increment();
        lastFailure.set(new Failure(at, message));
    }

    void refused(Instant at) {
        refused.increment();
        lastRefused.set(at);
    }

    public Figures figures() {
        Failure failure = lastFailure.get();
        return new Figures(kind, calls.sum(), failures.sum(), refused.sum(), lastSuccess.get(),
                failure == null ? null : failure.at(), failure == null ? null : failure.message(), lastRefused.get());
    }
}
