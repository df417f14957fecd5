package org.fivecmenus.hall;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the vendor kind by its public name, so the database reads the same as the API. */
@Converter
public class VendorKindNameConverter implements AttributeConverter<VendorKindName, String> {

    @Override
    public String convertToDatabaseColumn(VendorKindName vendor) {
        return vendor == null ? null : vendor.id();
    }

    @Override
    public VendorKindName convertToEntityAttribute(String id) {
        return id == null ? null : new VendorKindName(id);
    }
}
