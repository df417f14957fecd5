package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The menus' timing rules and memory budget from configuration (environment variables such as MENUS_CACHE_TTL). */
@ApplicationScoped
public class MenuSettings {

    @Inject
    @ConfigProperty(name = "menus.cache.ttl")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "menus.cache.jitter")
    Duration jitter;

    @Inject
    @ConfigProperty(name = "menus.cache.negative-ttl")
    Duration negativeTtl;

    @Inject
    @ConfigProperty(name = "menus.wait-timeout")
    Duration waitTimeout;

    @Inject
    @ConfigProperty(name = "menus.failure-cooldown")
    Duration failureCooldown;

    @Inject
    @ConfigProperty(name = "menus.max-age")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "vendor.timeout")
    Duration vendorTimeout;

    @Inject
    @ConfigProperty(name = "menus.prefetch-days")
    int prefetchDays;

    private MenuTimings timings;

    @PostConstruct
    void read() {
        // The lock outlives the slowest vendor call, so a slow holder is never taken over while it works.
        timings = new MenuTimings(ttl, jitter, negativeTtl, waitTimeout, failureCooldown, maxAge,
                vendorTimeout.plusSeconds(5), prefetchDays);
    }

    public MenuTimings timings() {
        return timings;
    }
}
