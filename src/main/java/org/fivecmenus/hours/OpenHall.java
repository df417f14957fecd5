package org.fivecmenus.hours;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hall that is open at the asked instant. */
@Schema(name = "OpenHall")
public record OpenHall(
        @Schema(example = "collins") String id,
        @Schema(example = "Collins") String name,
        @Schema(example = "Harvey Mudd") String college,
        @Schema(example = "#981A31") String color,
        @Schema(name = "current_meal", description = "The meal's period (breakfast, brunch, lunch, dinner, late_night), "
                + "or its key when it has none", example = "brunch") String currentMeal,
        @Schema(name = "current_meal_label", example = "Brunch") String currentMealLabel,
        @Schema(name = "closes_at", description = "When the hall stops serving, in the halls' zone")
        OffsetDateTime closesAt,
        @Schema(name = "closing_soon", description = "It closes within 30 minutes: last call") boolean closingSoon,
        @Schema(description = "The hours are an estimate: show them as approximate") boolean estimated) {
}
