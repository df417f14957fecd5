package org.fivecmenus.http;

import java.util.Locale;

/** Reads {@code Accept-Encoding} (RFC 9110 §12.5.3): whether the client takes gzip, q-values included. */
public final class Encodings {

    private Encodings() {
    }

    /**
     * True when gzip (or {@code x-gzip}, or {@code *}) is listed with a q-value above zero. A malformed
     * q-value counts as not accepted: sending identity is never wrong.
     */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty() || acceptEncoding.length() > 1024) {
            return false;
        }
        boolean star = false;
        boolean gzipListed = false;
        for (String member : acceptEncoding.split(",")) {
            String[] parts = member.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    q = quality(param.substring(2));
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzipListed = true;
                if (q > 0) {
                    return true;
                }
            } else if (coding.equals("*") && q > 0) {
                star = true;
            }
        }
        return star && !gzipListed;
    }

    private static double quality(String value) {
        if (!value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
            return 0;
        }
        return Double.parseDouble(value);
    }
}
