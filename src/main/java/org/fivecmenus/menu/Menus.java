package org.fivecmenus.menu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.MenuCache;
import org.fivecmenus.config.JsonConfig;
import org.fivecmenus.database.DatabaseUnavailableException;
import org.fivecmenus.vendor.FetchLog;
import org.fivecmenus.vendor.MenuParseException;
import org.fivecmenus.vendor.MenuSource;
import org.fivecmenus.vendor.VendorException;

/**
 * A hall's menu for a date, on demand: from the cache when it can, from one vendor call when it must (however
 * many requests miss at once), and from the last stored copy, marked stale, when the vendor fails.
 *
 * <p>One vendor call fills every meal of the day, so the cache key is the whole day. A vendor failure is never
 * cached as a menu; instead the hall and date rest for a short cool-down, so a dead vendor does not cost every
 * request its full timeout.
 */
@ApplicationScoped
public class Menus {

    private static final Logger LOG = Logger.getLogger(Menus.class.getName());

    @Inject
    MenuCache cache;

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

    private Cache<String, Instant> failedAt;
    private final Jsonb json = JsonConfig.jsonb();

    /** The cached form: the day as the vendor gave it and when. */
    public record CachedDay(DayMenu menu, Instant fetchedAt) {
    }

    @PostConstruct
    void init() {
        failedAt = Caffeine.newBuilder().expireAfterWrite(failureCooldown).maximumSize(10_000)
                .executor(Runnable::run).build();
    }

    public static String key(String hallId, LocalDate date) {
        return "menu:" + hallId + ":" + date;
    }

    public MenuResult day(String hallId, LocalDate date) {
        String key = key(hallId, date);
        Optional<MenuResult> cached = cached(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            return inFlight.run(key, () -> fetch(hallId, date, key), waitTimeout);
        } catch (TimeoutException e) {
            // Another request's vendor call is still running; this one is served what is stored.
            LOG.warning(() -> "Gave up waiting " + waitTimeout.toSeconds() + " s for " + key + "; serving the stored copy");
            return fallback(hallId, date);
        }
    }

    /** Fetches now, bypassing the cache, for operators; single-flighted with every other fetch of the key. */
    public MenuResult refetch(String hallId, LocalDate date) {
        String key = key(hallId, date);
        failedAt.invalidate(key);
        cache.evict(key);
        try {
            return inFlight.run(key, () -> fetch(hallId, date, key), waitTimeout);
        } catch (TimeoutException e) {
            return fallback(hallId, date);
        }
    }

    /** How much longer the cached copy of the day is kept, if it is cached. */
    public Optional<Duration> cachedFor(String hallId, LocalDate date) {
        return cache.ttl(key(hallId, date));
    }

    private MenuResult fetch(String hallId, LocalDate date, String key) {
        // A flight that finished just before this one started may have filled the cache.
        Optional<MenuResult> cached = cached(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        Instant lastFailure = failedAt.getIfPresent(key);
        if (lastFailure != null && clock.instant().isBefore(lastFailure.plus(failureCooldown))) {
            return fallback(hallId, date);
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
            return fallback(hallId, date);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        failedAt.invalidate(key);
        // Milliseconds: what every database keeps, so a stored copy reports the same fetched_at as the fresh one.
        Instant fetchedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            store.save(menu, fetchedAt);
        } catch (RuntimeException e) {
            // The fresh menu is still worth serving; the stored copy catches up on the next fetch.
            LOG.log(Level.WARNING, "Could not store the menu for " + key + ": " + e);
        }
        fetchLog.record(hallId, date, started, took, menu.status().name().toLowerCase(java.util.Locale.ROOT),
                itemCount(menu), null);
        cache.put(key, json.toJson(new CachedDay(menu, fetchedAt)), ttlFor(menu));
        return MenuResult.fresh(menu, fetchedAt);
    }

    private MenuResult fallback(String hallId, LocalDate date) {
        try {
            return store.load(hallId, date)
                    .map(stored -> MenuResult.stale(stored.menu(), stored.fetchedAt()))
                    .orElseGet(() -> MenuResult.unavailable(hallId, date));
        } catch (DatabaseUnavailableException e) {
            return MenuResult.unavailable(hallId, date);
        }
    }

    private Optional<MenuResult> cached(String key) {
        return cache.get(key).flatMap(text -> {
            try {
                CachedDay day = json.fromJson(text, CachedDay.class);
                return Optional.of(MenuResult.fresh(day.menu(), day.fetchedAt()));
            } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
                // An entry from an older release or a corrupted write: fetch again rather than fail.
                LOG.warning(() -> "Ignoring unreadable cache entry " + key + ": " + e.getMessage());
                cache.evict(key);
                return Optional.empty();
            }
        });
    }

    /** Menus change rarely within a day: 30 min ± 5 min, jittered so entries filled together expire apart. */
    private Duration ttlFor(DayMenu menu) {
        if (menu.status() != DayStatus.SERVED) {
            return negativeTtl;
        }
        long spread = jitter.toMillis();
        return ttl.plusMillis(spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1));
    }

    private static int itemCount(DayMenu menu) {
        return menu.meals().stream().mapToInt(m -> m.stations().stream().mapToInt(s -> s.items().size()).sum()).sum();
    }
}
