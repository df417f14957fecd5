package org.fivecmenus.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One circuit breaker per vendor around its network calls (MicroProfile Fault Tolerance): when most of a
 * vendor's recent calls failed, further calls fail at once for a while instead of each holding a thread for
 * the vendor timeout, then one trial call decides. An answer that does not parse counts as a failure too: a
 * vendor that serves an error page for every day is as down as one that does not answer. The per-hall-and-date
 * cool-down in {@code Menus} stops one day being asked again and again; this stops a vendor that is down for
 * every day being asked at all. A 4xx about one page (a hall's moved URL, a day with no page) is not the
 * vendor being down and counts as a success.
 *
 * <p>One method per vendor because a breaker's state belongs to its method: Bon Appétit down must not pause
 * Pomona. The thresholds are MicroProfile Fault Tolerance configuration, e.g.
 * {@code org.fivecmenus.upstream.VendorBreakers/bonAppetit/CircuitBreaker/delay} (milliseconds), or as an
 * environment variable {@code ORG_FIVECMENUS_UPSTREAM_VENDORBREAKERS_BONAPPETIT_CIRCUITBREAKER_DELAY}.
 * {@link VendorMenus} chooses the method: a call from inside this bean would bypass the interceptor.
 */
@ApplicationScoped
public class VendorBreakers {

    /** A vendor call, with the parsing of its answer where that belongs to the call. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws VendorException, MenuParseException;
    }

    // Eight calls, three-quarters failed: one hall whose page moved (a third of Bon Appétit's calls) opens nothing.
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T sodexo(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }

    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T bonAppetit(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }

    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30_000,
            successThreshold = 1, failOn = {VendorException.class, MenuParseException.class},
            skipOn = VendorException.PageRefused.class)
    public <T> T pomona(Call<T> call) throws VendorException, MenuParseException {
        return call.run();
    }
}
