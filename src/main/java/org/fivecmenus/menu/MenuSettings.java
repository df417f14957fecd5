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
    @ConfigProperty(name = "menus.cache.ttl", defaultValue = "PT30M")
    Duration ttl;

    @Inject
    @ConfigProperty(name = "menus.cache.jitter", defaultValue = "PT5M")
    Duration jitter;

    @Inject
    @ConfigProperty(name = "menus.cache.negative-ttl", defaultValue = "PT5M")
    Duration negativeTtl;

    @Inject
    @ConfigProperty(name = "menus.wait-timeout", defaultValue = "PT12S")
    Duration waitTimeout;

    @Inject
    @ConfigProperty(name = "menus.failure-cooldown", defaultValue = "PT30S")
    Duration failureCooldown;

    @Inject
    @ConfigProperty(name = "menus.max-age", defaultValue = "PT3H")
    Duration maxAge;

    @Inject
    @ConfigProperty(name = "vendor.timeout", defaultValue = "PT8S")
    Duration vendorTimeout;

    @Inject
    @ConfigProperty(name = "menus.prefetch-days", defaultValue = "6")
    int prefetchDays;

    @Inject
    @ConfigProperty(name = "cache.near.max-mb", defaultValue = "32")
    long nearMaxMegabytes;

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

    /** What this instance's in-memory tier of the menu cache may hold. */
    public long nearMaxBytes() {
        return nearMaxMegabytes << 20;
    }
}
