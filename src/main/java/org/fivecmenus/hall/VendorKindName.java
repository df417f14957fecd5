package org.fivecmenus.hall;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a vendor kind, one upstream format ({@code sodexo}, {@code bon_appetit}, {@code pomona}): the
 * public and stored name, and the key by which the app finds the kind's plug-in ({@code upstream.VendorKinds}).
 * A name rather than an enum, because the kinds are plug-ins that this package does not know.
 */
public record VendorKindName(String id) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    /** @throws IllegalArgumentException when the id is not lower-case letters, digits and underscores */
    public VendorKindName {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a vendor kind name: lower-case letters, digits "
                    + "and '_', starting with a letter, at most 32");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
