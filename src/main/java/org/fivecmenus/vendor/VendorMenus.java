package org.fivecmenus.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.menu.DayMenu;

/**
 * The app's {@link MenuSource}: fetch, then parse.
 *
 * <p>A source without a date in its URL (Pomona's weekly feed) serves every date from one document. Its
 * downloads are single-flighted per hall, so the seven days of a hall page asked for at once cost one call,
 * and its last body is kept with its validators, so the next download is a conditional GET whose 304 is
 * parsed from the kept body instead of downloading megabytes again.
 */
@ApplicationScoped
public class VendorMenus implements MenuSource {

    private record Feed(Validators validators, byte[] body) {
    }

    /** Carries a checked vendor failure through the single flight to every caller. */
    private static final class Failed extends RuntimeException {
        private final VendorException failure;

        Failed(VendorException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    @Inject
    MenuFetcher fetcher;

    @Inject
    VendorClient client;

    @Inject
    InFlight inFlight;

    @Inject
    @ConfigProperty(name = "vendor.timeout", defaultValue = "PT8S")
    Duration timeout;

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();

    @Override
    public DayMenu fetch(String hallId, LocalDate date) throws VendorException, MenuParseException {
        HallSources.HallSource source = fetcher.sources().get(hallId);
        if (source.urlTemplate().contains(HallSources.DATE)) {
            return fetcher.fetch(hallId, date, Validators.NONE).menu();
        }
        return fetcher.parser(source.vendor()).parse(feed(source, date).body(), hallId, date);
    }

    private Feed feed(HallSources.HallSource source, LocalDate date) throws VendorException {
        try {
            return inFlight.run("feed:" + source.hallId(), () -> download(source, date), timeout.plusSeconds(2));
        } catch (Failed e) {
            throw e.failure;
        } catch (TimeoutException e) {
            throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.TIMEOUT, 0,
                    "another request's download of the feed did not finish in time", e);
        }
    }

    private Feed download(HallSources.HallSource source, LocalDate date) {
        Feed kept = feeds.get(source.hallId());
        try {
            VendorResponse response = client.fetch(source, date, kept == null ? Validators.NONE : kept.validators());
            if (response.notModified()) {
                if (kept == null) {
                    throw new VendorException(source.vendor(), source.hallId(), VendorException.Failure.HTTP_STATUS,
                            304, "answered 304 Not Modified to an unconditional request", null);
                }
                return kept;
            }
            Feed fresh = new Feed(response.validators(), response.body());
            if (!response.validators().isEmpty()) {
                feeds.put(source.hallId(), fresh);
            }
            return fresh;
        } catch (VendorException e) {
            throw new Failed(e);
        }
    }
}
