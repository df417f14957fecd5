package org.fivecmenus.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.database.Database;

/**
 * Records every vendor call for the health view, and forgets those older than the retention, so that the log
 * cannot grow without bound however many fetches are made. Losing a record must never fail the request it
 * describes.
 */
@ApplicationScoped
public class FetchLog {

    private static final Logger LOG = Logger.getLogger(FetchLog.class.getName());
    /** Pruning is one indexed DELETE; once an hour per instance is plenty. */
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    @Inject
    Database database;

    @Inject
    @ConfigProperty(name = "vendor.fetch-log.retention")
    Duration retention;

    private final AtomicReference<Instant> prunedAt = new AtomicReference<>(Instant.MIN);

    /** One vendor call as the log keeps it. */
    public record Call(String hallId, LocalDate date, Instant startedAt, Duration duration, FetchOutcome outcome,
                       Integer itemCount, String error, FetchReason reason) {
    }

    /** Logs a call in a transaction of its own (a failed call, which stores nothing else). */
    public void record(Call call) {
        try {
            database.transaction((EntityManager em) -> write(em, call));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the vendor fetch of " + call.hallId() + " " + call.date() + ": " + e);
        }
    }

    /** Logs a call within the caller's transaction, so that it commits with what the call brought, or not at all. */
    public void write(EntityManager em, Call call) {
        em.persist(new VendorFetch(call.hallId(), call.date(), call.startedAt().atOffset(ZoneOffset.UTC),
                call.duration().toMillis(), call.outcome(), call.itemCount(), call.error(), call.reason()));
        Instant last = prunedAt.get();
        if (last.plus(PRUNE_EVERY).isBefore(call.startedAt()) && prunedAt.compareAndSet(last, call.startedAt())) {
            em.createNamedQuery(VendorFetch.PRUNE)
                    .setParameter("before", call.startedAt().minus(retention).atOffset(ZoneOffset.UTC))
                    .executeUpdate();
        }
    }
}
