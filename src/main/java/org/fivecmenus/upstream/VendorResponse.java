package org.fivecmenus.upstream;

import java.net.URI;

/**
 * What a vendor answered: a body (2xx), or "unchanged" (304) with no body.
 *
 * @param uri        the URL asked for (before redirects)
 * @param status     200-299, or 304
 * @param body       the raw bytes; empty when {@link #notModified()}
 * @param validators for the next conditional GET; on a 304, the new ones or else the previous ones
 */
public record VendorResponse(URI uri, int status, byte[] body, Validators validators) {

    public boolean notModified() {
        return status == 304;
    }

    @Override
    public String toString() {
        return "VendorResponse[" + uri + ", " + status + ", " + body.length + " bytes, " + validators + "]";
    }
}
