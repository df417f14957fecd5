package org.fivecmenus.upstream;

import java.util.Objects;
import org.fivecmenus.hall.VendorKindName;

/**
 * A vendor body we cannot read: truncated, an error page instead of data, a changed format. Checked, because
 * the caller must decide what to show instead (a stale copy, "unavailable"), and must never show "closed".
 */
public class MenuParseException extends Exception {

    private final VendorKindName vendor;
    private final String hallId;
    private final String problem;

    public MenuParseException(VendorKindName vendor, String hallId, String problem) {
        this(vendor, hallId, problem, null);
    }

    public MenuParseException(VendorKindName vendor, String hallId, String problem, Throwable cause) {
        super(vendor.id() + " menu for " + hallId + ": " + problem, cause);
        this.vendor = Objects.requireNonNull(vendor);
        this.hallId = hallId;
        this.problem = problem;
    }

    public VendorKindName vendor() {
        return vendor;
    }

    public String hallId() {
        return hallId;
    }

    /** What was missing or wrong, without the vendor and hall prefix. */
    public String problem() {
        return problem;
    }
}
