package org.fivecmenus.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;

/**
 * Today's menu of every hall, asked for as the application starts, and readiness ({@code menus}) DOWN until
 * they are in: a load balancer sends the first student only once the home page can be answered from memory,
 * rather than letting the first visitors wait for seven cold vendor calls, the parsers' first runs and the
 * database's first writes. The menus come the usual way (kept, stored, one vendor call each across instances),
 * so a second instance reads what the first fetched. A vendor that does not answer holds readiness at most
 * {@code menus.warm-up-timeout}; it is then UP and that hall's menu is fetched on demand as ever.
 */
@Readiness
@ApplicationScoped
public class TodaysMenusAtStart implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(TodaysMenusAtStart.class.getName());

    @Inject
    Menus menus;

    @Inject
    Halls halls;

    @Inject
    MenuWindow window;

    @Inject
    @ConfigProperty(name = "menus.warm-up")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "menus.warm-up-timeout")
    Duration timeout;

    private volatile CompletableFuture<Void> loaded;
    private volatile long startedAt;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        startedAt = System.nanoTime();
        if (!enabled) {
            loaded = CompletableFuture.completedFuture(null);
            return;
        }
        LocalDate today = window.today();
        List<HallView> all;
        try {
            all = halls.all();
        } catch (RuntimeException e) {
            // The database is away: its own readiness says so, and menus are fetched on demand once it is back.
            LOG.warning(() -> "Today's menus are not loaded at start: " + e.getMessage());
            loaded = CompletableFuture.completedFuture(null);
            return;
        }
        loaded = CompletableFuture.allOf(all.stream().map(hall -> menus.day(hall.id(), today))
                        .toArray(CompletableFuture[]::new))
                .handle((done, failure) -> {
                    LOG.info(() -> "Today's menus of " + all.size() + " halls loaded in "
                            + Duration.ofNanos(System.nanoTime() - startedAt).toMillis() + " ms");
                    return null;
                });
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("menus").status(ready()).build();
    }

    /** Today's menus are in (loaded, or failed), or the warm-up has had its time. */
    boolean ready() {
        CompletableFuture<Void> known = loaded;
        return known != null && (known.isDone()
                || Duration.ofNanos(System.nanoTime() - startedAt).compareTo(timeout) >= 0);
    }
}
