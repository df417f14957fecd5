package org.fivecmenus.cache;

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

/** Chooses the shared cache: Redis when {@code redis.url} is set, else none (the embedded default). */
@ApplicationScoped
public class SharedCaches {

    private static final Logger LOG = Logger.getLogger(SharedCaches.class.getName());

    @Inject
    @ConfigProperty(name = "redis.url")
    Optional<String> redisUrl;

    @Inject
    @ConfigProperty(name = "redis.command-timeout")
    Duration commandTimeout;

    /** The store, injected as {@link SharedCache}, {@link Coordination} or both ({@link SharedStore}). */
    @Produces
    @ApplicationScoped
    SharedStore sharedStore() {
        Optional<String> url = redisUrl.filter(u -> !u.isBlank());
        if (url.isEmpty()) {
            LOG.info("Cache: this instance's memory only (set REDIS_URL to share a Redis between instances)");
            return SharedStore.NONE;
        }
        RedisConnection redis;
        try {
            redis = new RedisConnection(url.get(), commandTimeout);
        } catch (RuntimeException e) {
            // A typo in REDIS_URL must not take the menus down: serve from memory and say so loudly.
            LOG.severe("REDIS_URL is not a usable Redis URI (" + e.getMessage() + "); using this instance's memory "
                    + "only. Expected redis://host:port/db.");
            return new MemoryOnly(new CacheState("in-process", true, true, "REDIS_URL is not a usable Redis URI"));
        }
        LOG.info(() -> "Cache: Redis at " + redis.describe() + ", with a near cache in this instance's memory");
        redis.start();
        return new RedisSharedCache(redis, commandTimeout);
    }

    /** Connect at startup rather than on the first request, so readiness tells the truth from the start. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored, SharedCache cache) {
        CacheState state = cache.state();
        LOG.fine(() -> "Cache started: " + state);
    }

    void close(@Disposes SharedStore cache) {
        cache.close();
    }
}
