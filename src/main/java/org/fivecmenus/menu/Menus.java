package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fivecmenus.cache.Coordination;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.MemoryCaches;
import org.fivecmenus.cache.SharedStore;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.problem.DatabaseUnavailableException;
import org.fivecmenus.upstream.FetchLog;
import org.fivecmenus.upstream.FetchOutcome;
import org.fivecmenus.upstream.FetchReason;
import org.fivecmenus.upstream.MenuParseException;
import org.fivecmenus.upstream.MenuSource;
import org.fivecmenus.upstream.VendorException;

/**
 * A hall's menu for a date, on demand, and no student waits on a vendor once a menu is known:
 * <ul>
 * <li>A kept menu (this instance's memory, Redis) is served at once. When it is close to due, one read in a
 * while starts a refresh in the background (probabilistic early expiration, "XFetch": the longer the vendor
 * took, the earlier), and the reads go on being served the current copy.</li>
 * <li>Not kept but stored in the database and younger than {@code menus.max-age}: the stored copy is served at
 * once and refreshed in the background.</li>
 * <li>Otherwise (never fetched, or older than that) the request waits for one vendor call, however many
 * requests miss at once on however many instances: single flight within an instance, a short Redis lock
 * between instances, whose holder fetches while the others wait for the entry it writes. The call runs on
 * {@link RequestFetches}, and the requests that wait for it hold no thread: each holds a future, completed
 * with the flight's result, or with the stored copy once {@code menus.wait-timeout} has passed.</li>
 * <li>When the vendor fails, the last copy is served marked stale, and the hall and date rest for a cool-down;
 * an error is never kept as a menu.</li>
 * </ul>
 * Reading today's menu of a hall also fetches its coming days ahead ({@code menus.prefetch-days}), once per
 * hall and day per TTL across instances, so search and the week page find dishes nobody opened yet. Whatever
 * this returns is {@link PreparedDay prepared}: the API's bytes are made once per fill.
 *
 * <p>Longer than 250 lines because the read path (kept, stored, one vendor call, last copy) and its
 * background refreshes share one cache, one single flight and one cool-down, and their order is the point;
 * the timing rules ({@link MenuTimings}) and the failure memory ({@link LastCopies}) are already apart.
 */
@ApplicationScoped
public class Menus {

    private static final Logger LOG = Logger.getLogger(Menus.class.getName());
    @Inject
    SharedStore shared;

    @Inject
    MemoryCaches caches;

    @Inject
    InFlight inFlight;

    @Inject
    MenuSource source;

    @Inject
    MenuStore store;

    @Inject
    UnsavedMenus unsaved;

    @Inject
    FetchLog fetchLog;

    @Inject
    Refreshes refreshes;

    @Inject
    MenuWindow window;

    @Inject
    MealTimes mealTimes;

    @Inject
    Clock clock;

    @Inject
    MenuSettings config;

    @Inject
    RequestFetches fetches;

    private MenuTimings timings;
    private TieredCache<PreparedDay> cache;
    private LastCopies lastCopies;
    private Executor executor;
    /** Where waiters that gave up are answered ({@link RequestFetches#answers}). */
    private Executor givenUp;

    Menus() {
    }

    /** For tests: every collaborator handed over, no container. */
    Menus(TieredCache<PreparedDay> cache, InFlight inFlight, MenuSource source, MenuStore store, FetchLog fetchLog,
          Refreshes refreshes, SharedStore shared, MenuWindow window, MealTimes mealTimes, Clock clock,
          MenuTimings timings, Executor fetches, Executor givenUp) {
        this.cache = cache;
        this.inFlight = inFlight;
        this.source = source;
        this.store = store;
        this.unsaved = new UnsavedMenus(store);
        this.fetchLog = fetchLog;
        this.refreshes = refreshes;
        this.shared = shared;
        this.window = window;
        this.mealTimes = mealTimes;
        this.clock = clock;
        this.timings = timings;
        this.executor = fetches;
        this.givenUp = givenUp;
        init();
    }

    @PostConstruct
    void init() {
        if (timings == null) {
            timings = config.timings();
        }
        if (cache == null) {
            cache = new TieredCache<>(shared, PreparedDay.CODEC, clock, caches.maxBytes(MemoryCaches.Name.NEAR));
        }
        lastCopies = new LastCopies(cache, store, timings, clock, this::timed);
        if (executor == null) {
            executor = fetches;
            givenUp = fetches.answers();
        }
    }

    public static String key(String hallId, LocalDate date) {
        return "menu:" + hallId + ":" + date;
    }

    /**
     * The day, prepared: kept, stored, fresh from the vendor, the last copy marked stale, or unavailable. A kept
     * day is a completed future; any other completes on {@link RequestFetches}' threads, never on the caller's,
     * which may go and serve others meanwhile.
     */
    public CompletableFuture<PreparedDay> day(String hallId, LocalDate date) {
        Optional<PreparedDay> kept = cached(hallId, date);
        if (kept.isPresent()) {
            return CompletableFuture.completedFuture(kept.get());
        }
        String key = key(hallId, date);
        return inFlight.<PreparedDay>share(key, () -> {
                    PreparedDay loaded = load(hallId, date, key);
                    // Once per flight, and after it: a refresh started within would join the very flight it follows.
                    executor.execute(() -> afterRead(hallId, date, key, loaded));
                    return loaded;
                }, executor)
                .orTimeout(timings.waitTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyAsync(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (!(cause instanceof TimeoutException)) {
                        throw failure instanceof CompletionException completion ? completion
                                : new CompletionException(cause);
                    }
                    return lastCopyAfterWaiting(hallId, date, key);
                }, givenUp);
    }

    /** The longest a request waits for a vendor before it is served what is stored. */
    public Duration longestWait() {
        return timings.waitTimeout();
    }

    /**
     * Another request's vendor call is still running after the longest wait: what is known by now (the call's
     * result if it just came, the stored copy or "unavailable" that a waiter before this one found), else the
     * stored copy, read once for whoever gives up on the day at the same moment. A crowd that came together
     * gives up together: one database read and one log line, not one each.
     */
    private PreparedDay lastCopyAfterWaiting(String hallId, LocalDate date, String key) {
        Optional<PreparedDay> known = cache.get(key).or(() -> lastCopies.knownUnavailable(key));
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return inFlight.run("waited:" + key, () -> {
                LOG.warning(() -> "Gave up waiting " + timings.waitTimeout().toSeconds() + " s for " + key
                        + "; serving the stored copy");
                return lastCopies.fallback(hallId, date, key);
            }, timings.waitTimeout());
        } catch (TimeoutException e) {
            return PreparedDay.unavailable(hallId, date, clock.instant().plus(timings.failureCooldown()));
        }
    }

    /**
     * The day if a cache holds it (or it is cooling down unavailable). Never waits for a vendor; a kept copy
     * that is due starts its refresh in the background, and today's starts reading the coming days ahead.
     */
    public Optional<PreparedDay> cached(String hallId, LocalDate date) {
        String key = key(hallId, date);
        Optional<PreparedDay> coolingDown = lastCopies.unavailableWhileCoolingDown(key);
        if (coolingDown.isPresent()) {
            return coolingDown;
        }
        Optional<PreparedDay> kept = cache.get(key);
        kept.ifPresent(day -> afterRead(hallId, date, key, day));
        return kept;
    }

    private void afterRead(String hallId, LocalDate date, String key, PreparedDay day) {
        if (!day.available()) {
            return;
        }
        if (timings.due(day, clock.millis())) {
            refreshLater(hallId, date, key, FetchReason.REFRESH, day.version());
        }
        // Every warm hit passes here: the claim is checked first, a volatile read once it is taken.
        if (timings.prefetchDays() > 0 && !day.stale() && date.equals(window.today()) && day.claimReadAhead()) {
            readAhead(hallId, date);
        }
    }

    /** Fetches now, bypassing the caches, for operators; once across instances, like every fetch. */
    public PreparedDay refetch(String hallId, LocalDate date) {
        String key = key(hallId, date);
        lastCopies.forget(key);
        // Gone first, so that whoever waits for this fetch (here or elsewhere) is not served the old copy.
        cache.evict(key);
        try {
            return inFlight.run(key, () -> cache.once(key, timings.lockTtl(), timings.waitTimeout(),
                            () -> Optional.of(fromVendor(hallId, date, key, FetchReason.REFETCH)))
                    .orElseGet(() -> lastCopies.fallback(hallId, date, key)), timings.waitTimeout());
        } catch (TimeoutException e) {
            return lastCopies.fallback(hallId, date, key);
        }
    }

    /** A request's miss, within this instance's single flight. */
    private PreparedDay load(String hallId, LocalDate date, String key) {
        // A flight that finished just before this one started may have filled the cache.
        Optional<PreparedDay> kept = cache.get(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (lastCopies.coolingDown(key)) {
            return lastCopies.fallback(hallId, date, key);
        }
        Optional<PreparedDay> young = youngStoredCopy(hallId, date);
        if (young.isPresent()) {
            // Due at once: the caller starts its refresh as soon as this flight is over.
            cache.put(key, young.get());
            return young.get();
        }
        return cache.once(key, timings.lockTtl(), timings.waitTimeout(),
                        () -> Optional.of(fromVendor(hallId, date, key, FetchReason.REQUEST)))
                .orElseGet(() -> lastCopies.fallback(hallId, date, key));
    }

    /** The stored copy, if one is younger than the hard limit: served as it is, due at once. */
    private Optional<PreparedDay> youngStoredCopy(String hallId, LocalDate date) {
        try {
            Instant now = clock.instant();
            return store.load(hallId, date)
                    .filter(stored -> stored.fetchedAt().plus(timings.maxAge()).isAfter(now))
                    .map(stored -> PreparedDay.of(ServedDay.fresh(timed(stored.menu()), stored.fetchedAt()), now,
                            stored.fetchedAt().plus(timings.maxAge()), Duration.ZERO));
        } catch (DatabaseUnavailableException e) {
            return Optional.empty();
        }
    }

    /** @param replacing the version of the copy that is due; null when there is none (reading ahead) */
    private void refreshLater(String hallId, LocalDate date, String key, FetchReason reason, String replacing) {
        refreshes.submit(key, source.vendorOf(hallId), () -> refreshNow(hallId, date, key, reason, replacing));
    }

    /**
     * In the background: fetch unless the copy was replaced meanwhile, the hall and date are cooling down, or
     * another instance is already at it (its entry will reach this one).
     */
    private void refreshNow(String hallId, LocalDate date, String key, FetchReason reason, String replacing) {
        try {
            inFlight.run(key, () -> {
                Optional<PreparedDay> kept = cache.get(key);
                boolean replaced = kept.isPresent() && !kept.get().version().equals(replacing);
                if (replaced || lastCopies.coolingDown(key)) {
                    return kept.orElse(null);
                }
                return cache.once(key, timings.lockTtl(), Duration.ZERO,
                        copy -> !copy.version().equals(replacing),
                        () -> Optional.of(fromVendor(hallId, date, key, reason))).orElse(null);
            }, timings.waitTimeout());
        } catch (TimeoutException e) {
            // A request's flight is fetching it.
        }
    }

    /**
     * Today's menu of the hall was read: fetch its coming days ahead, once per copy of today here (a copy lives
     * about a TTL) and once per TTL across instances.
     */
    private void readAhead(String hallId, LocalDate today) {
        String key = "prefetch:" + hallId + ":" + today;
        // Across instances: whoever takes this short-lived mark reads ahead; it is never released, only expires.
        if (shared.tryLock(key, UUID.randomUUID().toString(), timings.ttl()) == Coordination.Lock.TAKEN) {
            return;
        }
        for (int i = 1; i <= timings.prefetchDays(); i++) {
            LocalDate day = today.plusDays(i);
            if (!window.contains(day)) {
                break;
            }
            String dayKey = key(hallId, day);
            if (cache.get(dayKey).isEmpty()) {
                refreshLater(hallId, day, dayKey, FetchReason.PREFETCH, null);
            }
        }
    }

    /** One vendor call, its result kept and stored, its failure turned into the last copy marked stale. */
    private PreparedDay fromVendor(String hallId, LocalDate date, String key, FetchReason reason) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        DayMenu menu;
        try {
            menu = source.fetch(hallId, date, reason);
        } catch (VendorException | MenuParseException | RuntimeException e) {
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            lastCopies.failed(key);
            LOG.log(Level.WARNING, "Vendor fetch failed for " + key + " after " + took.toMillis() + " ms: " + e.getMessage(),
                    e instanceof RuntimeException ? e : null);
            fetchLog.record(new FetchLog.Call(hallId, date, started, took, FetchOutcome.FAILED, null, e.getMessage(),
                    reason));
            return lastCopies.afterFailure(hallId, date, key);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        if (menu.status() == DayStatus.NOT_PUBLISHED && lastCopies.wasServed(hallId, date, key)) {
            // A day that had dishes now has none: far likelier a changed format than a withdrawn menu.
            lastCopies.failed(key);
            String why = "the vendor answered with no dishes for a day it had published; format change?";
            LOG.warning(() -> "Keeping the last menu for " + key + ": " + why);
            fetchLog.record(new FetchLog.Call(hallId, date, started, took, FetchOutcome.FAILED, 0, why, reason));
            return lastCopies.afterFailure(hallId, date, key);
        }
        lastCopies.forget(key);
        // Milliseconds: what every database keeps, so a stored copy reports the same fetched_at as the fresh one.
        Instant fetchedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Served either way: stored with its log entry (before a waiting request is answered, so a crash cannot
        // lose what someone was served; behind a background fetch), or both kept until the database lets them in.
        FetchLog.Call call = new FetchLog.Call(hallId, date, started, took, FetchOutcome.of(menu.status()),
                itemCount(menu), null, reason);
        if (reason.inBackground()) {
            unsaved.saveBehind(menu, fetchedAt, call);
        } else {
            unsaved.save(menu, fetchedAt, call);
        }
        PreparedDay prepared = PreparedDay.of(ServedDay.fresh(timed(menu), fetchedAt), fetchedAt.plus(timings.ttlFor(menu)),
                fetchedAt.plus(timings.maxAge()), took);
        cache.put(key, prepared);
        return prepared;
    }

    /**
     * Meals the vendor left untimed get the hall's hours. Done as the copy is prepared, after it is stored: the
     * stored copy stays what the vendor said, and an hours change reaches menus with their next refresh.
     */
    private DayMenu timed(DayMenu menu) {
        return menu.meals().isEmpty() ? menu : MealTimes.timed(menu, mealTimes.on(menu.hallId(), menu.date()));
    }

    private static int itemCount(DayMenu menu) {
        return menu.meals().stream().mapToInt(m -> m.stations().stream().mapToInt(s -> s.items().size()).sum()).sum();
    }
}
