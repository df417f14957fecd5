package org.fivecmenus.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the app's in-memory caches that are bounded by size, each under its {@link Name}: {@code cache.<name>.max-mb}
 * (in microprofile-config.properties, overridable like any setting) bounds it, so an operator sizes them all in one
 * place, and each evicts on the caller's thread (no unmanaged pool in the server). Caches whose entries end by a rule
 * rather than by size are made where the rule is: sign-in throttling's windows and a failed fetch's cool-down are
 * timers, and their bound is a count of keys.
 */
@ApplicationScoped
public class MemoryCaches {

    /** The caches, by the name of their setting. */
    public enum Name {
        /** This instance's copy of the menus, in front of Redis (TieredCache). */
        NEAR,
        /** Weekly feeds (Pomona's), shared between instances and kept for conditional GETs (TieredCache). */
        FEEDS,
        /** The last answer of each dated vendor page, for its conditional GET. */
        VENDOR_PAGES,
        /** Rendered pages. */
        PAGES,
        /** Rendered card bodies, which the home and hall pages share. */
        CARD_BODIES;

        /** {@code cache.card-bodies.max-mb}. */
        public String setting() {
            return "cache." + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".max-mb";
        }
    }

    @Inject
    Config config;

    private ToLongFunction<Name> megabytes;

    /** For CDI: sizes from configuration. */
    protected MemoryCaches() {
    }

    /** For tests and tools: these sizes. */
    public MemoryCaches(ToLongFunction<Name> megabytes) {
        this.megabytes = megabytes;
    }

    /** The bound of a cache, in bytes. */
    public long maxBytes(Name name) {
        long mb = megabytes != null ? megabytes.applyAsLong(name) : config.getValue(name.setting(), Long.class);
        return mb << 20;
    }

    /** A builder for the named cache, bounded by its weigher's bytes; the caller adds its expiry. */
    public <K, V> Caffeine<K, V> sized(Name name, Weigher<K, V> weigher) {
        return Caffeine.newBuilder().maximumWeight(maxBytes(name)).weigher(weigher).executor(Runnable::run);
    }
}
