package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.fivecmenus.database.Database;

/** Records who changed what, in the same transaction as the change. */
@ApplicationScoped
public class Audit {

    @Inject
    Database database;

    @Inject
    Clock clock;

    public void record(EntityManager em, String user, String action, String detail) {
        em.persist(new AuditEntry(clock.instant().atOffset(ZoneOffset.UTC), user, action, detail));
    }

    public List<AuditEntry> recent(int limit) {
        return database.read(em -> em.createNamedQuery(AuditEntry.NEWEST_FIRST, AuditEntry.class).setMaxResults(limit).getResultList());
    }
}
