package org.fivecmenus.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fivecmenus.database.Database;

/** Records every vendor call for the health view. Losing a record must never fail the request it describes. */
@ApplicationScoped
public class FetchLog {

    private static final Logger LOG = Logger.getLogger(FetchLog.class.getName());

    @Inject
    Database database;

    public void record(String hallId, LocalDate date, Instant startedAt, Duration duration, String outcome,
                       Integer itemCount, String error, FetchReason reason) {
        try {
            database.transaction(em -> {
                em.persist(new VendorFetch(hallId, date, startedAt.atOffset(ZoneOffset.UTC), duration.toMillis(),
                        outcome, itemCount, error, reason));
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the vendor fetch of " + hallId + " " + date + ": " + e);
        }
    }
}
