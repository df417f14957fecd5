package org.fivecmenus.hall;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hall as the API and the pages show it. */
@Schema(name = "Hall")
public record HallView(
        @Schema(example = "hoch") String id,
        @Schema(example = "Hoch-Shanahan") String name,
        @Schema(example = "Harvey Mudd") String college,
        @Schema(name = "vendor_type", description = "The name of the hall's vendor kind, the format its menus "
                + "come in", pattern = "^[a-z][a-z0-9_]{0,31}$", example = "bon_appetit") String vendorType,
        @Schema(description = "The college's colour, #RRGGBB", example = "#FDB913") String color) {

    static HallView of(Hall hall) {
        return new HallView(hall.getId(), hall.getName(), hall.getCollege(), hall.getVendor().id(), hall.getColor());
    }
}
