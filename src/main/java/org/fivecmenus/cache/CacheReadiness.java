package org.fivecmenus.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the cache's state. A Redis outage leaves this check UP (with {@code degraded}): every instance
 * shares the same Redis, so taking instances out of rotation for it would turn a slower site into no site.
 */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    @Inject
    SharedCache cache;

    @Override
    public HealthCheckResponse call() {
        CacheState state = cache.state();
        return HealthCheckResponse.named("cache")
                .up()
                .withData("backend", state.backend())
                .withData("connected", state.connected())
                .withData("degraded", state.degraded())
                .withData("detail", state.detail())
                .build();
    }
}
