package org.fivecmenus.upstream;

import java.util.Objects;
import org.fivecmenus.hall.VendorKindName;

/** A vendor we could not get a body from: no answer in time, a connection failure or a non-2xx status. */
public class VendorException extends Exception {

    /** Why the fetch failed, for health views and retry decisions. */
    public enum Failure {
        /** The vendor answered with a status other than 2xx or 304; see {@link #status()}. */
        HTTP_STATUS,
        /** No complete answer within the timeout. */
        TIMEOUT,
        /** Connection refused or reset, DNS failure, TLS failure. */
        IO,
        /** The body was larger than we accept. */
        TOO_LARGE,
        /** Our side is not set up, e.g. no Sodexo API key configured. */
        CONFIGURATION,
        /** Not called: the vendor's circuit breaker is open after repeated failures. */
        PAUSED,
        /** Not called: this instance was fetching as many menus as it may for the whole vendor timeout. */
        BUSY
    }

    /**
     * A 4xx answer (but 408 and 429) about one page: that hall's URL is wrong or that day has no page. The
     * vendor itself is up, so its circuit breaker does not count it ({@link Breaker}).
     */
    public static final class PageRefused extends VendorException {
        public PageRefused(VendorKindName vendor, String hallId, int status, String message) {
            super(vendor, hallId, Failure.HTTP_STATUS, status, message, null);
        }
    }

    /** The exception for a non-2xx answer: a {@link PageRefused} for a client error about the page. */
    public static VendorException forStatus(VendorKindName vendor, String hallId, int status, String message) {
        boolean aboutThePage = status >= 400 && status < 500 && status != 408 && status != 429;
        return aboutThePage ? new PageRefused(vendor, hallId, status, message)
                : new VendorException(vendor, hallId, Failure.HTTP_STATUS, status, message, null);
    }

    private final VendorKindName vendor;
    private final String hallId;
    private final Failure failure;
    private final int status;

    public VendorException(VendorKindName vendor, String hallId, Failure failure, int status, String message,
                           Throwable cause) {
        super(vendor.id() + " fetch for " + hallId + " failed: " + message, cause);
        this.vendor = Objects.requireNonNull(vendor);
        this.hallId = hallId;
        this.failure = Objects.requireNonNull(failure);
        this.status = status;
    }

    public VendorKindName vendor() {
        return vendor;
    }

    public String hallId() {
        return hallId;
    }

    public Failure failure() {
        return failure;
    }

    /** The HTTP status for {@link Failure#HTTP_STATUS}, else 0. */
    public int status() {
        return status;
    }
}
