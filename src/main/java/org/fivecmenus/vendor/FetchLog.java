package org.fivecmenus.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    @ConfigProperty(name = "vendor.fetch-log.retention", defaultValue = "P30D")
    Duration retention;

    private final AtomicReference<Instant> prunedAt = new AtomicReference<>(Instant.MIN);

    public void record(String hallId, LocalDate date, Instant startedAt, Duration duration, FetchOutcome outcome,
                       Integer itemCount, String error, FetchReason reason) {
        try {
            database.transaction(em -> {
                em.persist(new VendorFetch(hallId, date, startedAt.atOffset(ZoneOffset.UTC), duration.toMillis(),
                        outcome, itemCount, error, reason));
                Instant last = prunedAt.get();
                if (last.plus(PRUNE_EVERY).isBefore(startedAt) && prunedAt.compareAndSet(last, startedAt)) {
                    em.createNamedQuery(VendorFetch.PRUNE)
                            .setParameter("before", startedAt.minus(retention).atOffset(ZoneOffset.UTC))
                            .executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the vendor fetch of " + hallId + " " + date + ": " + e);
        }
    }
}
