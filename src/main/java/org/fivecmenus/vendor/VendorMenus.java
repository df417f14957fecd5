package org.fivecmenus.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fivecmenus.menu.DayMenu;

/**
 * The app's {@link MenuSource}: fetch, then parse. A source without a date in its URL (Pomona's weekly feed)
 * serves every date from one document, so its last body is kept with its validators: asking for another date
 * sends a conditional GET, and a 304 is parsed from the kept body instead of downloading megabytes again.
 */
@ApplicationScoped
public class VendorMenus implements MenuSource {

    private record Kept(Validators validators, byte[] body) {
    }

    @Inject
    MenuFetcher fetcher;

    private final Map<String, Kept> feeds = new ConcurrentHashMap<>();

    @Override
    public DayMenu fetch(String hallId, LocalDate date) throws VendorException, MenuParseException {
        HallSources.HallSource source = fetcher.sources().get(hallId);
        boolean oneDocumentForAllDates = !source.urlTemplate().contains(HallSources.DATE);
        Kept kept = oneDocumentForAllDates ? feeds.get(hallId) : null;
        FetchedMenu fetched = fetcher.fetch(hallId, date, kept == null ? Validators.NONE : kept.validators());
        if (fetched.notModified()) {
            if (kept == null) {
                throw new VendorException(source.vendor(), hallId, VendorException.Failure.HTTP_STATUS, 304,
                        "answered 304 Not Modified to an unconditional request", null);
            }
            return fetcher.parser(source.vendor()).parse(kept.body(), hallId, date);
        }
        if (oneDocumentForAllDates && !fetched.response().validators().isEmpty()) {
            feeds.put(hallId, new Kept(fetched.response().validators(), fetched.response().body()));
        }
        return fetched.menu();
    }
}
