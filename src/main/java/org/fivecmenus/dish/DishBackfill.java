package org.fivecmenus.dish;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.database.Database;
import org.fivecmenus.menu.MenuStore;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.problem.DatabaseUnavailableException;

/**
 * Indexes the stored days that have no dishes indexed: those stored before the index existed, and any whose
 * indexing failed. A batch a while after start, then one an hour ({@code dishes.backfill-every}), so an upgrade's history reaches the dish
 * pages without a vendor call and without holding up the deployment.
 */
@ApplicationScoped
public class DishBackfill {

    private static final Logger LOG = Logger.getLogger(DishBackfill.class.getName());
    static final int BATCH = 200;

    @Inject
    Database database;

    @Inject
    MenuStore store;

    @Inject
    DishIndex index;

    @Inject
    @ConfigProperty(name = "dishes.backfill-delay")
    Duration delay;

    @Inject
    @ConfigProperty(name = "dishes.backfill-every")
    Duration every;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::run, delay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return how many days were indexed */
    int run() {
        try {
            List<Object[]> missing = database.read(em -> em.createNamedQuery(DishServing.UNINDEXED_DAYS, Object[].class)
                    .setMaxResults(BATCH).getResultList());
            int indexed = 0;
            for (Object[] day : missing) {
                String hallId = (String) day[0];
                LocalDate date = (LocalDate) day[1];
                Optional<MenuStore.StoredDay> stored = store.load(hallId, date);
                if (stored.isPresent()) {
                    DayMenu menu = stored.get().menu();
                    database.transaction((EntityManager em) -> index.replace(em, menu));
                    indexed++;
                }
            }
            if (indexed > 0) {
                int done = indexed;
                LOG.info(() -> "Indexed the dishes of " + done + " stored days");
            }
            return indexed;
        } catch (DatabaseUnavailableException e) {
            LOG.fine(() -> "Dish backfill postponed, the database is unavailable: " + e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again.
            LOG.log(Level.WARNING, "Dish backfill failed; it is tried again in " + every, e);
            return 0;
        }
    }
}
