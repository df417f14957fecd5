package org.fivecmenus.hours;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One hall's hours on one date after overrides. */
@Schema(name = "HallHours")
public record HallHoursView(
        @Schema(example = "hoch") String id,
        @Schema(example = "Hoch-Shanahan") String name,
        @Schema(name = "closed_all_day") boolean closedAllDay,
        @Schema(name = "closure_reason", nullable = true, example = "Closed for Thanksgiving") String closureReason,
        List<ServiceWindowView> windows,
        @Schema(name = "closed_meals", description = "Meals closed on this date by an override")
        List<ClosedMeal> closedMeals) {

    @Schema(name = "ClosedMeal")
    public record ClosedMeal(String meal, @Schema(nullable = true) String reason) {
    }
}
