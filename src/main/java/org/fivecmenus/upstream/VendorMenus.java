package org.fivecmenus.upstream;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.MemoryCaches;
import org.fivecmenus.cache.SharedStore;
import org.fivecmenus.cache.TieredCache;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.menu.model.DayMenu;

/**
 * The app's {@link MenuSource}: fetch, then parse.
 *
 * <p>A source without a date in its URL (a weekly feed) serves every date from one document, so its
 * download is done once for all: one instance at a time downloads it (the others wait for the copy it
 * shares), a copy younger than {@code vendor.feed-reuse} is used without asking the vendor at all (so the
 * days of a week page or of reading ahead cost one call), and an older one is asked again with a conditional
 * GET whose 304 is parsed from the kept body instead of downloading megabytes again. A source with a document
 * per date is asked again with the validators of its last answer too, where the vendor sends them. What differs
 * between vendors (request, parser, breaker) is the hall's {@link VendorKind}'s.
 *
 * <p>Longer than 250 lines because it is the one fetch path for the three shapes of source (a document per date,
 * a weekly feed shared between instances, a kind's detour), behind one breaker per kind and one bound on parses
 * ({@link FetchTurns}).
 */
@ApplicationScoped
public class VendorMenus implements MenuSource {

    /** The kept feed serves conditional GETs for this long after the vendor last answered. */
    static final Duration FEED_KEPT = Duration.ofHours(1);

    /** Carries a checked vendor failure through the single flight to every caller. */
    private static final class Failed extends RuntimeException {
        private final VendorException failure;

        Failed(VendorException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    @Inject
    Halls halls;

    @Inject
    Config config;

    /** Built from the halls and configuration on first use (the database may be down at start-up); set by tests. */
    volatile HallSources sources;

    @Inject
    VendorClient client;

    @Inject
    VendorKinds kinds;

    @Inject
    InFlight inFlight;

    @Inject
    SharedStore shared;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "vendor.timeout")
    Duration timeout;

    @Inject
    @ConfigProperty(name = "vendor.feed-reuse")
    Duration feedReuse;

    @Inject
    FetchTurns turns;

    /** Each hall's changes to its kind's station tables, from the campus file. */
    @Inject
    HallStations stations = HallStations.NONE;

    /** Each hall's parser, with its kind's station tables as the campus file changed them. */
    private final Map<String, MenuParser> parsers = new ConcurrentHashMap<>();

    @Inject
    MemoryCaches caches;

    /** This instance's last answers of dated sources; a miss only costs a full download. */
    private Cache<String, KeptDay> keptDays;
    private TieredCache<SharedFeed> feeds;

    @PostConstruct
    void init() {
        keptDays = caches.sized(MemoryCaches.Name.VENDOR_PAGES, (String key, KeptDay day) -> day.weight())
                .expireAfterWrite(Duration.ofDays(1)).build();
        feeds = new TieredCache<>(shared, SharedFeed.CODEC, clock, caches.maxBytes(MemoryCaches.Name.FEEDS));
    }

    private HallSources sources() {
        HallSources known = sources;
        if (known == null) {
            known = new HallSources(halls.origins(), key -> config.getOptionalValue(key, String.class));
            sources = known;
        }
        return known;
    }

    @Override
    public VendorKindName vendorOf(String hallId) {
        return sources().get(hallId).vendor();
    }

    @Override
    public DayMenu fetch(String hallId, LocalDate date, FetchReason reason) throws VendorException, MenuParseException {
        HallSources.HallSource source = sources().get(hallId);
        // A background call took its turn before its flight began (menu.Refreshes), so that a request joining
        // that flight never waits behind the turn it waits for.
        boolean ownTurn = !reason.inBackground();
        if (ownTurn) {
            awaitTurn(source);
        }
        try {
            VendorKind kind = kinds.get(source.vendor());
            Optional<VendorKind.Detour> detour = kind.detour(source, rulesOf(source, kind), date,
                    LocalDate.now(clock));
            if (detour.isPresent()) {
                return guarded(source, () -> detour.get().fetch(client));
            }
            if (source.urlTemplate().contains(HallSources.DATE)) {
                return dated(source, kind, date, reason);
            }
            return parserOf(source, kind).parse(feed(source, kind, date, reason).body(), hallId, date);
        } finally {
            if (ownTurn) {
                turns.releaseForeground();
            }
        }
    }

    private StationRules rulesOf(HallSources.HallSource source, VendorKind kind) {
        return stations.of(source.hallId()).applyTo(kind.stations());
    }

    private MenuParser parserOf(HallSources.HallSource source, VendorKind kind) {
        return parsers.computeIfAbsent(source.hallId(), hall -> kind.parser(rulesOf(source, kind)));
    }

    /**
     * A source with one document per date (Sodexo's API, Bon Appétit's pages), asked again with the validators of
     * its last answer where the vendor sends them (Bon Appétit's Last-Modified): a 304 is the menu kept from that
     * answer, and the page is not downloaded and parsed again. Sodexo sends none, so it is always asked in full.
     */
    private DayMenu dated(HallSources.HallSource source, VendorKind kind, LocalDate date, FetchReason reason)
            throws VendorException, MenuParseException {
        String key = source.hallId() + ":" + date;
        // An operator's refetch asks in full: it is the way to replace a copy that is wrong.
        KeptDay kept = reason == FetchReason.REFETCH ? null : keptDays.getIfPresent(key);
        return guarded(source, () -> {
            VendorResponse response = client.fetch(source, date, kept == null ? Validators.NONE : kept.validators(),
                    kind);
            if (response.notModified()) {
                if (kept == null) {
                    throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.HTTP_STATUS,
                            304, "answered 304 Not Modified to an unconditional request", null);
                }
                return kept.menu();
            }
            DayMenu menu = parserOf(source, kind).parse(response.body(), source.hallId(), date);
            if (response.validators().isEmpty()) {
                keptDays.invalidate(key);
            } else {
                keptDays.put(key, new KeptDay(response.validators(), menu));
            }
            return menu;
        });
    }

    /** The last answer of a dated source, for its conditional GET: the validators and the menu read from it. */
    private record KeptDay(Validators validators, DayMenu menu) {

        /** Roughly the menu's heap: what bounds the memory these take. */
        int weight() {
            return 1024 + 512 * menu.meals().stream().mapToInt(m -> m.stations().stream()
                    .mapToInt(station -> station.items().size()).sum()).sum();
        }
    }

    private void awaitTurn(HallSources.HallSource source) throws VendorException {
        try {
            if (turns.takeForeground(timeout)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.BUSY, 0,
                "not called: " + turns.turns() + " fetches were under way here for the whole vendor timeout", null);
    }

    private SharedFeed feed(HallSources.HallSource source, VendorKind kind, LocalDate date, FetchReason reason)
            throws VendorException {
        String key = "feed:" + source.hallId();
        Optional<SharedFeed> kept = feeds.get(key);
        if (reason != FetchReason.REFETCH && kept.isPresent()
                && kept.get().fetchedAt().plus(feedReuse).isAfter(clock.instant())) {
            return kept.get();
        }
        // Within this instance one flight; between instances one lock, whose holder shares the copy. A refetch
        // takes only a feed downloaded after it began.
        Instant asked = clock.instant();
        try {
            return inFlight.run(key, () -> feeds.once(key, timeout.plusSeconds(5), timeout.plusSeconds(2),
                            feed -> reason == FetchReason.REFETCH ? feed.fetchedAt().isAfter(asked)
                                    : feed.fetchedAt().plus(feedReuse).isAfter(clock.instant()),
                            () -> Optional.of(download(source, kind, date, key, kept.orElse(null))))
                    .orElseThrow(() -> new Failed(new VendorException(source.vendor(), source.hallId(),
                            VendorException.Failure.TIMEOUT, 0, "another instance's download of the feed did not "
                            + "finish in time", null))), timeout.plusSeconds(4));
        } catch (Failed e) {
            throw e.failure;
        } catch (TimeoutException e) {
            throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.TIMEOUT, 0,
                    "another request's download of the feed did not finish in time", e);
        }
    }

    private SharedFeed download(HallSources.HallSource source, VendorKind kind, LocalDate date, String key,
                                SharedFeed kept) {
        try {
            VendorResponse response = download(source,
                    () -> client.fetch(source, date, kept == null ? Validators.NONE : kept.validators(), kind));
            Instant now = clock.instant();
            SharedFeed feed;
            if (response.notModified()) {
                if (kept == null) {
                    throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.HTTP_STATUS,
                            304, "answered 304 Not Modified to an unconditional request", null);
                }
                feed = kept.answeredAgain(now, now.plus(FEED_KEPT));
            } else {
                feed = new SharedFeed(response.validators(), response.body(), now, now.plus(FEED_KEPT));
            }
            feeds.put(key, feed);
            return feed;
        } catch (VendorException e) {
            throw new Failed(e);
        }
    }

    /** A feed's download, which parses nothing (the feed is parsed per day, after it is shared). */
    private VendorResponse download(HallSources.HallSource source, VendorKind.Call<VendorResponse> call)
            throws VendorException {
        try {
            return guarded(source, call);
        } catch (MenuParseException e) {
            throw new IllegalStateException("a download threw a parse failure", e);
        }
    }

    /**
     * Through the kind's circuit breaker; an open one is a {@link VendorException.Failure#PAUSED} failure. Every
     * outcome goes into the kind's {@link KindHealth}.
     */
    private <T> T guarded(HallSources.HallSource source, VendorKind.Call<T> call)
            throws VendorException, MenuParseException {
        VendorKind kind = kinds.get(source.vendor());
        try {
            // Through the bean's proxy, which carries the breaker.
            T answer = kind.call(call);
            kind.health().succeeded(clock.instant());
            return answer;
        } catch (CircuitBreakerOpenException e) {
            kind.health().refused(clock.instant());
            throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.PAUSED, 0,
                    "not called: most recent calls to " + source.vendor() + " failed, so calls pause for a "
                            + "while (circuit breaker open) before one trial call", null);
        } catch (VendorException | MenuParseException e) {
            kind.health().failed(clock.instant(), e.getMessage());
            throw e;
        }
    }
}
