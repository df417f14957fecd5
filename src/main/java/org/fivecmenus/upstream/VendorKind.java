package org.fivecmenus.upstream;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.menu.model.DayMenu;

/**
 * One upstream format as a plug-in: everything the app knows about a kind of vendor, so that the rest of the app
 * never names one. Each kind is an {@code @ApplicationScoped} bean in a package of its own
 * ({@code upstream.sodexo}, {@code upstream.bonappetit}, {@code upstream.pomona}) and is found by its
 * {@link #name()} through {@link VendorKinds}. A hall's source (URL template, page) is the hall's own
 * ({@link HallSources}); a source whose template holds {@code {date}} is one document per day, one without it
 * is one document for every day it covers (a week's feed), downloaded once and shared ({@link VendorMenus}).
 * docs/architecture.md, "Adding a vendor kind", walks through writing one.
 */
public interface VendorKind {

    /** The public and stored name, e.g. {@code bon_appetit}. */
    VendorKindName name();

    /** The {@code Accept} header of its requests; the operator may change it (VENDOR_&lt;NAME&gt;_HEADERS). */
    String accept();

    /**
     * Its pure parser: bytes in, the menu model out, with these station rules applied (its own {@link #stations()}
     * as a campus file changed them for the hall, {@link StationChanges}).
     */
    MenuParser parser(StationRules rules);

    /** Its station curation (docs/vendors.md 4.3), before a campus file's changes. */
    StationRules stations();

    /**
     * The URL template of a hall's source given as a URL in a campus file: as it is, unless the kind knows a
     * shorter way to write it (Bon Appétit: the café's page, to which the date is added).
     *
     * @throws IllegalArgumentException saying, for an operator, what is wrong and how to write it
     */
    default String sourceOf(String url) {
        return url;
    }

    /**
     * The URL template of a hall's source given in the kind's own terms in a campus file, e.g. Sodexo's
     * {@code {"location": "13147001", "menu": "15258"}}.
     *
     * @throws IllegalArgumentException saying, for an operator, what is wrong and how to write it
     */
    default String sourceOf(Map<String, String> fields) {
        throw new IllegalArgumentException("this kind has no short form; give the source's http(s) URL");
    }

    /**
     * Adds what its requests carry besides the headers (an API key).
     *
     * @throws VendorException with {@link VendorException.Failure#CONFIGURATION} when a request cannot be made
     *                         as configured
     */
    default void sign(HttpRequest.Builder request, String hallId) throws VendorException {
    }

    /** A hint for an operator reading a failed status, appended to its message ("is the API key current?"). */
    default String hint(int status) {
        return "";
    }

    /**
     * Another way to a date's menu when the hall's source cannot be used as configured (Sodexo without its API
     * key reads the hall's public page, today only); empty for the source's way.
     *
     * @param rules the hall's station rules, for the parser the detour reads with
     * @param today the date in the halls' zone now (a kind reads no clock)
     */
    default Optional<Detour> detour(HallSources.HallSource source, StationRules rules, LocalDate date,
                                    LocalDate today) {
        return Optional.empty();
    }

    /**
     * Runs one of its network calls (with the parsing of the answer, where that belongs to the call) through its
     * own circuit breaker. The implementation carries MicroProfile Fault Tolerance's {@code @CircuitBreaker}
     * with the thresholds of {@link Breaker}, so that one kind being down never pauses another; an open breaker
     * throws {@code CircuitBreakerOpenException}.
     */
    <T> T call(Call<T> call) throws VendorException, MenuParseException;

    /** Its figures on this instance (calls, failures, calls its open breaker refused): one per kind, its own. */
    KindHealth health();

    /** A vendor call. */
    @FunctionalInterface
    interface Call<T> {
        T run() throws VendorException, MenuParseException;
    }

    /** A fetch made another way than the source's document, see {@link #detour}. */
    @FunctionalInterface
    interface Detour {
        DayMenu fetch(VendorClient client) throws VendorException, MenuParseException;
    }
}
