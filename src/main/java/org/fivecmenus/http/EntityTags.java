package org.fivecmenus.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code If-None-Match} and {@code If-Match} (RFC 9110 §13.1): a list of entity tags, or {@code *}.
 * Clients and proxies send odd things ({@code garbage}, a lone {@code "}, {@code ,,,}, {@code W/}); a member
 * that is not a well-formed tag matches nothing and is skipped, so a malformed validator never fails the
 * request, it only fails to validate.
 */
public final class EntityTags {

    /** Longer fields are not validators anyone sends; reading them is only work for an attacker. */
    static final int MAX_FIELD_LENGTH = 4096;

    private EntityTags() {
    }

    /** One member of the field: the opaque tag with its quotes, or {@code *}. */
    public record Tag(String opaque, boolean weak) {

        static final Tag ANY = new Tag("*", false);

        boolean any() {
            return this == ANY;
        }
    }

    /** The well-formed members of the field, in order. */
    public static List<Tag> parse(String field) {
        List<Tag> tags = new ArrayList<>();
        if (field == null || field.length() > MAX_FIELD_LENGTH) {
            return tags;
        }
        int i = 0;
        int n = field.length();
        while (i < n) {
            char c = field.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
                continue;
            }
            if (c == '*') {
                tags.add(Tag.ANY);
                i++;
                continue;
            }
            int start = i;
            boolean weak = field.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i < n && field.charAt(i) == '"') {
                int close = field.indexOf('"', i + 1);
                if (close > 0 && isOpaque(field, i + 1, close)) {
                    tags.add(new Tag(field.substring(i, close + 1), weak));
                    i = close + 1;
                    continue;
                }
            }
            // Not a tag: skip to the next member.
            int comma = field.indexOf(',', Math.max(i, start + 1));
            i = comma < 0 ? n : comma + 1;
        }
        return tags;
    }

    /** etagc = %x21 / %x23-7E / obs-text */
    private static boolean isOpaque(String field, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = field.charAt(k);
            if (!(c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF))) {
                return false;
            }
        }
        return true;
    }

    /** Weak comparison, as {@code If-None-Match} uses: does the field name any of the current tags? */
    public static boolean anyMatches(String field, String... current) {
        for (Tag tag : parse(field)) {
            if (tag.any()) {
                return true;
            }
            for (String candidate : current) {
                if (tag.opaque().equals(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code If-Match} (strong comparison): true when the field is absent or names the current tag. A field of
     * nothing but malformed members names nothing, so it fails, as it would for any other mismatch.
     */
    public static boolean ifMatchHolds(String field, String current) {
        if (field == null) {
            return true;
        }
        for (Tag tag : parse(field)) {
            if (tag.any() || (!tag.weak() && tag.opaque().equals(current))) {
                return true;
            }
        }
        return false;
    }
}
