package org.fivecmenus.upstream;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The fields of a kind's short form of a source ({@link VendorKind#sourceOf(Map)}), checked the same way for every
 * kind: exactly the kind's fields, each matching its pattern, so that what is put into a URL is never more than an id.
 */
public final class SourceFields {

    private SourceFields() {
    }

    /**
     * @param fields   the fields given
     * @param patterns each field the form has, with what its value must match and how the message describes that
     * @throws IllegalArgumentException naming the fields missing, unknown or malformed
     */
    public static void check(Map<String, String> fields, Map<String, Field> patterns) {
        Set<String> wanted = new TreeSet<>(patterns.keySet());
        for (String name : new TreeSet<>(fields.keySet())) {
            Field field = patterns.get(name);
            if (field == null) {
                throw new IllegalArgumentException("'" + name + "' is not a field of this kind's source; its fields"
                        + " are " + String.join(", ", wanted));
            }
            if (!field.pattern().matcher(fields.get(name)).matches()) {
                throw new IllegalArgumentException(name + ": '" + fields.get(name) + "' is not " + field.what());
            }
        }
        for (String name : wanted) {
            if (!fields.containsKey(name)) {
                throw new IllegalArgumentException(name + ": missing; this kind's source needs "
                        + String.join(" and ", wanted));
            }
        }
    }

    /** A field's form and, for the message, what that form is ("a number such as 13147001"). */
    public record Field(Pattern pattern, String what) {
    }
}
