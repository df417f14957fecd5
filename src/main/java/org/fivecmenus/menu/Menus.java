package org.fivecmenus.menu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.SharedCache;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.database.DatabaseUnavailableException;
import org.fivecmenus.vendor.FetchLog;
import org.fivecmenus.vendor.MenuParseException;
import org.fivecmenus.vendor.MenuSource;
import org.fivecmenus.vendor.VendorException;

/**
 * A hall's menu for a date, on demand: from this instance's memory or Redis when it can, from one vendor call
 * when it must (however many requests miss at once), and from the last stored copy, marked stale, when the
 * vendor fails. Whatever it returns is {@link PreparedDay prepared}: the API's bytes are made once per fill.
 *
 * <p>One vendor call fills every meal of the day, so the cache key is the whole day. A vendor failure is never
 * cached as a menu; instead the hall and date rest for a short cool-down, during which this instance serves
 * the stored copy from memory, so a dead vendor costs neither every request its timeout nor the database a
 * query per request.
 */
@ApplicationScoped
public class Menus {

    private static final Logger LOG = Logger.getLogger(Menus.class.getName());

    /** The timing rules, from configuration. */
    public record Settings(Duration ttl, Duration jitter, Duration negativeTtl, Duration waitTimeout,
                           Duration failureCooldown) {
    }

    @Inject
    SharedCache shared;

    @Inject
    InFlight inFlight;

    @Inject
    MenuSource source;

    @Inject
    MenuStore store;

    @Inject
    FetchLog fetchLog;

    @Inject
    Clock clock;

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
    @ConfigProperty(name = "cache.near.max-mb", defaultValue = "32")
    long nearMaxMegabytes;

    private Settings settings;
    private TieredCache<PreparedDay> cache;
    private Cache<String, Instant> failedAt;
    /** Stored copies served while their hall and date cool down; never shared, never mistaken for fresh. */
    private Cache<String, PreparedDay> fallbacks;

    Menus() {
    }

    /** For tests: every collaborator handed over, no container. */
    Menus(TieredCache<PreparedDay> cache, InFlight inFlight, MenuSource source, MenuStore store, FetchLog fetchLog,
          Clock clock, Settings settings) {
        this.cache = cache;
        this.inFlight = inFlight;
        this.source = source;
        this.store = store;
        this.fetchLog = fetchLog;
        this.clock = clock;
        this.settings = settings;
        init();
    }

    @PostConstruct
    void init() {
        if (settings == null) {
            settings = new Settings(ttl, jitter, negativeTtl, waitTimeout, failureCooldown);
        }
        if (cache == null) {
            cache = new TieredCache<>(shared, PreparedDay.CODEC, clock, nearMaxMegabytes << 20);
        }
        failedAt = Caffeine.newBuilder().expireAfterWrite(settings.failureCooldown()).maximumSize(10_000)
                .executor(Runnable::run).build();
        fallbacks = Caffeine.newBuilder().expireAfterWrite(settings.failureCooldown()).maximumSize(1_000)
                .executor(Runnable::run).build();
        cache.onChange(key -> {
            if (key == null) {
                failedAt.invalidateAll();
                fallbacks.invalidateAll();
            } else {
                failedAt.invalidate(key);
                fallbacks.invalidate(key);
            }
        });
    }

    public static String key(String hallId, LocalDate date) {
        return "menu:" + hallId + ":" + date;
    }

    /** The day, prepared: fresh from a cache or the vendor, the stored copy (stale), or unavailable. */
    public PreparedDay day(String hallId, LocalDate date) {
        String key = key(hallId, date);
        Optional<PreparedDay> cached = cached(hallId, date);
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            return inFlight.run(key, () -> fetch(hallId, date, key), settings.waitTimeout());
        } catch (TimeoutException e) {
            // Another request's vendor call is still running; this one is served what is stored.
            LOG.warning(() -> "Gave up waiting " + settings.waitTimeout().toSeconds() + " s for " + key
                    + "; serving the stored copy");
            return fallback(hallId, date, key);
        }
    }

    /** The day if a cache holds it (or it is cooling down after a vendor failure); never calls a vendor. */
    public Optional<PreparedDay> cached(String hallId, LocalDate date) {
        String key = key(hallId, date);
        // A day cooling down after a vendor failure is answered from memory, not by asking Redis each time; a
        // menu another instance fetches meanwhile ends the cool-down (see init).
        PreparedDay coolingDown = failedAt.getIfPresent(key) == null ? null : fallbacks.getIfPresent(key);
        return coolingDown != null ? Optional.of(coolingDown) : cache.get(key);
    }

    /** Fetches now, bypassing the caches, for operators; single-flighted with every other fetch of the key. */
    public PreparedDay refetch(String hallId, LocalDate date) {
        String key = key(hallId, date);
        failedAt.invalidate(key);
        fallbacks.invalidate(key);
        cache.evict(key);
        try {
            return inFlight.run(key, () -> fetch(hallId, date, key), settings.waitTimeout());
        } catch (TimeoutException e) {
            return fallback(hallId, date, key);
        }
    }

    private PreparedDay fetch(String hallId, LocalDate date, String key) {
        // A flight that finished just before this one started may have filled the cache.
        Optional<PreparedDay> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        if (failedAt.getIfPresent(key) != null) {
            return fallback(hallId, date, key);
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        DayMenu menu;
        try {
            menu = source.fetch(hallId, date);
        } catch (VendorException | MenuParseException | RuntimeException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            failedAt.put(key, clock.instant());
            LOG.log(Level.WARNING, "Vendor fetch failed for " + key + " after " + took.toMillis() + " ms: " + e.getMessage(),
                    e instanceof RuntimeException ? e : null);
            fetchLog.record(hallId, date, started, took, "failed", null, e.getMessage());
            return fallback(hallId, date, key);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        failedAt.invalidate(key);
        fallbacks.invalidate(key);
        // Milliseconds: what every database keeps, so a stored copy reports the same fetched_at as the fresh one.
        Instant fetchedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            store.save(menu, fetchedAt);
        } catch (RuntimeException e) {
            // The fresh menu is still worth serving; the stored copy catches up on the next fetch.
            LOG.log(Level.WARNING, "Could not store the menu for " + key + ": " + e);
        }
        fetchLog.record(hallId, date, started, took, menu.status().name().toLowerCase(Locale.ROOT),
                itemCount(menu), null);
        PreparedDay prepared = PreparedDay.of(MenuResult.fresh(menu, fetchedAt), fetchedAt.plus(ttlFor(menu)), took);
        cache.put(key, prepared);
        return prepared;
    }

    private PreparedDay fallback(String hallId, LocalDate date, String key) {
        PreparedDay kept = fallbacks.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        Instant until = clock.instant().plus(settings.failureCooldown());
        PreparedDay copy;
        try {
            copy = store.load(hallId, date)
                    .map(stored -> PreparedDay.of(MenuResult.stale(stored.menu(), stored.fetchedAt()), until, Duration.ZERO))
                    .orElseGet(() -> PreparedDay.unavailable(hallId, date, until));
        } catch (DatabaseUnavailableException e) {
            // Not kept: the database may be back on the next request.
            return PreparedDay.unavailable(hallId, date, until);
        }
        fallbacks.put(key, copy);
        return copy;
    }

    /** Menus change rarely within a day: 30 min ± 5 min, jittered so entries filled together expire apart. */
    private Duration ttlFor(DayMenu menu) {
        if (menu.status() != DayStatus.SERVED) {
            return settings.negativeTtl();
        }
        long spread = settings.jitter().toMillis();
        return settings.ttl().plusMillis(spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1));
    }

    private static int itemCount(DayMenu menu) {
        return menu.meals().stream().mapToInt(m -> m.stations().stream().mapToInt(s -> s.items().size()).sum()).sum();
    }
}
