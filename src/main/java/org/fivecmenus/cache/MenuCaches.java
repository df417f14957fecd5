package org.fivecmenus.cache;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Chooses the cache: Redis when {@code redis.url} is set, else the in-process cache of the embedded default. */
@ApplicationScoped
public class MenuCaches {

    private static final Logger LOG = Logger.getLogger(MenuCaches.class.getName());

    @Inject
    @ConfigProperty(name = "redis.url")
    Optional<String> redisUrl;

    @Inject
    @ConfigProperty(name = "redis.command-timeout", defaultValue = "PT0.25S")
    Duration commandTimeout;

    @Inject
    @ConfigProperty(name = "cache.local.max-entries", defaultValue = "10000")
    long localMaxEntries;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Produces
    @ApplicationScoped
    MenuCache menuCache() {
        InProcessMenuCache local = new InProcessMenuCache(localMaxEntries);
        Optional<String> url = redisUrl.filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            LOG.info("Cache: in-process (set REDIS_URL to use Redis)");
            return local;
        }
        RedisConnection redis;
        try {
            redis = new RedisConnection(url.get(), commandTimeout, scheduler);
        } catch (RuntimeException e) {
            // A typo in REDIS_URL must not take the menus down: serve from memory and say so loudly.
            LOG.severe("REDIS_URL is not a usable Redis URI (" + e.getMessage() + "); using the in-process cache. "
                    + "Expected redis://host:port/db.");
            return new InProcessMenuCache(localMaxEntries) {
                @Override
                public CacheState state() {
                    return new CacheState("in-process", true, true, "REDIS_URL is not a usable Redis URI");
                }
            };
        }
        LOG.info(() -> "Cache: Redis at " + redis.describe());
        redis.start();
        return new RedisMenuCache(redis, local, commandTimeout);
    }

    /** Connect at startup rather than on the first request, so readiness tells the truth from the start. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, MenuCache cache) {
        CacheState state = cache.state();
        LOG.fine(() -> "Cache started: " + state);
    }

    void close(@Disposes MenuCache cache) {
        cache.close();
    }
}
