package org.fivecmenus.hall;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the vendor by its public id, so the database reads the same as the API. */
@Converter
public class VendorTypeConverter implements AttributeConverter<VendorType, String> {

    @Override
    public String convertToDatabaseColumn(VendorType vendor) {
        return vendor == null ? null : vendor.id();
    }

    @Override
    public VendorType convertToEntityAttribute(String id) {
        return id == null ? null : VendorType.fromId(id)
                .orElseThrow(() -> new IllegalStateException("Unknown vendor in database: " + id));
    }
}
