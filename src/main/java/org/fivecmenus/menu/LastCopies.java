package org.fivecmenus.menu;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.problem.DatabaseUnavailableException;

/**
 * What {@link Menus} serves when a vendor gives no menu: the copy kept until now or the stored one, marked
 * stale; else "unavailable". A failed hall and date rest for the cool-down, so that a failing vendor is not
 * asked again on every read; an error is never kept as a menu.
 */
final class LastCopies {

    private final TieredCache<PreparedDay> cache;
    private final MenuStore store;
    private final MenuTimings timings;
    private final Clock clock;
    /** Gives a stored menu's untimed meals the hall's hours, as every copy served gets them. */
    private final UnaryOperator<DayMenu> timed;
    private final Cache<String, Instant> failedAt;
    /** "Unavailable" answers served while their hall and date cool down; never shared, never kept long. */
    private final Cache<String, PreparedDay> unavailable;

    LastCopies(TieredCache<PreparedDay> cache, MenuStore store, MenuTimings timings, Clock clock,
               UnaryOperator<DayMenu> timed) {
        this.cache = cache;
        this.store = store;
        this.timings = timings;
        this.clock = clock;
        this.timed = timed;
        // On the app's clock, like the entries' expiry, so both agree (and tests can move it).
        Ticker ticker = () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        // Timers, not caches to size (cache.MemoryCaches): an entry ends with the cool-down; the count only caps keys.
        failedAt = Caffeine.newBuilder().expireAfterWrite(timings.failureCooldown()).maximumSize(10_000)
                .ticker(ticker).executor(Runnable::run).build();
        unavailable = Caffeine.newBuilder().expireAfterWrite(timings.failureCooldown()).maximumSize(1_000)
                .ticker(ticker).executor(Runnable::run).build();
        cache.onChange(key -> {
            if (key == null) {
                unavailable.invalidateAll();
            } else {
                unavailable.invalidate(key);
            }
        });
    }

    /** The "unavailable" answer of a hall and date that failed within the cool-down, if it is one. */
    Optional<PreparedDay> unavailableWhileCoolingDown(String key) {
        return failedAt.getIfPresent(key) == null ? Optional.empty() : Optional.ofNullable(unavailable.getIfPresent(key));
    }

    /** The "unavailable" answer already given for the hall and date, while it rests. */
    Optional<PreparedDay> knownUnavailable(String key) {
        return Optional.ofNullable(unavailable.getIfPresent(key));
    }

    boolean coolingDown(String key) {
        return failedAt.getIfPresent(key) != null;
    }

    void failed(String key) {
        failedAt.put(key, clock.instant());
    }

    /** The vendor answered, or an operator asks again: no more cool-down. */
    void forget(String key) {
        failedAt.invalidate(key);
        unavailable.invalidate(key);
    }

    /** Whether the day had dishes, as last kept or stored. */
    boolean wasServed(String hallId, LocalDate date, String key) {
        Optional<PreparedDay> kept = cache.get(key).filter(PreparedDay::available);
        if (kept.isPresent()) {
            return kept.get().result().menu().status() == DayStatus.SERVED;
        }
        try {
            return store.load(hallId, date).filter(s -> s.menu().status() == DayStatus.SERVED).isPresent();
        } catch (DatabaseUnavailableException e) {
            return false;
        }
    }

    /**
     * After a failed call: the copy kept until now, marked stale and due again after the cool-down, for every
     * instance; else the stored copy, the same way; else "unavailable" for this instance's cool-down only.
     */
    PreparedDay afterFailure(String hallId, LocalDate date, String key) {
        Instant retry = clock.instant().plus(timings.failureCooldown());
        Optional<PreparedDay> kept = cache.get(key).filter(PreparedDay::available);
        if (kept.isPresent()) {
            PreparedDay stale = kept.get().markedStale(retry);
            cache.put(key, stale);
            return stale;
        }
        return fallback(hallId, date, key);
    }

    /** The stored copy of the same hall and date, marked stale; else unavailable. */
    PreparedDay fallback(String hallId, LocalDate date, String key) {
        PreparedDay coolingDown = unavailable.getIfPresent(key);
        if (coolingDown != null) {
            return coolingDown;
        }
        Instant retry = clock.instant().plus(timings.failureCooldown());
        Optional<MenuStore.StoredDay> stored;
        try {
            stored = store.load(hallId, date);
        } catch (DatabaseUnavailableException e) {
            // Not kept: the database may be back on the next request.
            return PreparedDay.unavailable(hallId, date, retry);
        }
        if (stored.isPresent()) {
            MenuStore.StoredDay copy = stored.get();
            PreparedDay stale = PreparedDay.of(ServedDay.stale(timed.apply(copy.menu()), copy.fetchedAt()), retry,
                    copy.fetchedAt().plus(timings.maxAge()), Duration.ZERO);
            cache.put(key, stale);
            return stale;
        }
        PreparedDay none = PreparedDay.unavailable(hallId, date, retry);
        unavailable.put(key, none);
        return none;
    }
}
