package org.fivecmenus.cache;

/**
 * The one shared store behind both {@link SharedCache} (values) and {@link Coordination} (what instances tell each
 * other): Redis when {@code redis.url} is set, else this instance alone. Injected as either; a class that needs both
 * (the tiered cache) takes the store.
 */
public interface SharedStore extends SharedCache, Coordination {

    /** The embedded default: one instance, nothing shared. */
    SharedStore NONE = new MemoryOnly(new CacheState("in-process", true, false,
            "no REDIS_URL: this instance's memory only"));
}
