package org.fivecmenus.vendor;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /**
     * SHA-256 of the body, hex. Sodexo sends neither ETag nor Last-Modified, so a changed menu is detected by
     * comparing this.
     */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "VendorResponse[" + uri + ", " + status + ", " + body.length + " bytes, " + validators + "]";
    }

    /** For logs: the start of the body as text. */
    public String preview() {
        return Text.preview(new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8));
    }
}
