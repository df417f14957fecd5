package org.fivecmenus.hall;

import java.util.Arrays;
import java.util.Optional;

/** The three upstream formats. {@link #id()} is the public and stored name. */
public enum VendorType {
    SODEXO("sodexo"),
    BON_APPETIT("bon_appetit"),
    POMONA("pomona");

    private final String id;

    VendorType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<VendorType> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
