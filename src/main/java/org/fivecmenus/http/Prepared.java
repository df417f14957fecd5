package org.fivecmenus.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response body made once and served many times: the exact bytes, their gzip form, and a strong ETag over
 * the bytes. Whatever the app caches for clients is held in this form, so a warm request only copies bytes:
 * no serialising, no hashing, no compressing.
 *
 * <p>The gzip form is a different representation of the same content, so it carries its own strong ETag (the
 * identity tag with {@code -gz} appended, as RFC 9110 §8.8.3 asks); {@link #matches} accepts either, since a
 * client that revalidates holds the same content whichever coding it was sent.
 *
 * @param gzip null when compressing would not pay (tiny bodies, images)
 */
public record Prepared(byte[] identity, byte[] gzip, String etag, String contentType) {

    /** Below this, gzip's header and a round of Deflate cost more than they save. */
    static final int COMPRESS_FROM_BYTES = 512;

    public Prepared {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(contentType, "contentType");
    }

    public static Prepared of(byte[] body, String contentType) {
        boolean compress = body.length >= COMPRESS_FROM_BYTES && Compression.compressible(contentType);
        return new Prepared(body, compress ? gzip(body) : null,
                "\"" + sha256(body).substring(0, 32) + "\"", contentType);
    }

    public static Prepared json(String json) {
        return of(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    public static Prepared html(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8");
    }

    /** A short, stable name of the content, for fingerprinted URLs. */
    public String fingerprint() {
        return etag.substring(1, 13);
    }

    /** The tag of the gzip representation. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Whether an {@code If-None-Match} field names this content, in either coding. */
    public boolean matches(String ifNoneMatch) {
        return EntityTags.anyMatches(ifNoneMatch, etag, gzipEtag());
    }

    /** Bytes held, for bounding caches by weight. */
    public int weight() {
        return identity.length + (gzip == null ? 0 : gzip.length) + 64;
    }

    /** The lower-case hex SHA-256 of the bytes, the one helper for it: ETags, stored sign-in tokens. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192) {
            {
                // Made once per entry and served thousands of times: the best ratio is worth its milliseconds.
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Prepared that && etag.equals(that.etag) && contentType.equals(that.contentType);
    }

    @Override
    public int hashCode() {
        return etag.hashCode();
    }

    @Override
    public String toString() {
        return "Prepared[" + contentType + ", " + identity.length + " B, " + etag + "]";
    }
}
