package org.fivecmenus.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;

/**
 * One circuit breaker per vendor around its network calls (MicroProfile Fault Tolerance): when most of a
 * vendor's recent calls failed, further calls fail at once for a while instead of each holding a thread for
 * the vendor timeout, then one trial call decides. The per-hall-and-date cool-down in {@code Menus} still
 * stops one day being asked again and again; this stops a vendor that is down for every day being asked at
 * all.
 *
 * <p>One method per vendor because a breaker's state belongs to its method: Bon Appétit down must not pause
 * Pomona. The thresholds are MicroProfile Fault Tolerance configuration, e.g.
 * {@code org.fivecmenus.vendor.VendorBreakers/bonAppetit/CircuitBreaker/delay} (milliseconds), or as an
 * environment variable {@code ORG_FIVECMENUS_VENDOR_VENDORBREAKERS_BONAPPETIT_CIRCUITBREAKER_DELAY}.
 * {@link VendorMenus} chooses the method: a call from inside this bean would bypass the interceptor.
 */
@ApplicationScoped
public class VendorBreakers {

    /** A vendor call. */
    @FunctionalInterface
    public interface Call {
        VendorResponse run() throws VendorException;
    }

    // Eight calls, three-quarters failed: one hall whose page moved (a third of Bon Appétit's calls) opens nothing.
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, failOn = VendorException.class)
    public VendorResponse sodexo(Call call) throws VendorException {
        return call.run();
    }

    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, failOn = VendorException.class)
    public VendorResponse bonAppetit(Call call) throws VendorException {
        return call.run();
    }

    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, failOn = VendorException.class)
    public VendorResponse pomona(Call call) throws VendorException {
        return call.run();
    }
}
