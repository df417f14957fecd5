package org.fivecmenus.cache;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the cache. A Redis outage leaves this check UP (the instance is degraded): every instance
 * shares the same Redis, so taking instances out of rotation for it would turn a slower site into no site. The
 * public answer carries no detail: addresses and errors are for operators.
 */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    /** UP only: whether Redis answers, and where it is, are for operators ({@code /admin/services}). */
    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("cache").up().build();
    }
}
