package org.fivecmenus.hours;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One meal's service window on a date, as the API shows it. */
@Schema(name = "ServiceWindow")
public record ServiceWindowView(
        @Schema(description = "The meal's key: the slug of its label", example = "continental_breakfast") String meal,
        @Schema(example = "Continental Breakfast") String label,
        @Schema(nullable = true, enumeration = {"breakfast", "brunch", "lunch", "dinner", "late_night"}) String period,
        @Schema(name = "starts_at") OffsetDateTime startsAt,
        @Schema(name = "ends_at", description = "May be on the next day for a window that crosses midnight")
        OffsetDateTime endsAt,
        boolean estimated,
        @Schema(name = "from_override", description = "Changed times or a special opening for this date")
        boolean fromOverride,
        @Schema(nullable = true) String reason) {

    static ServiceWindowView of(ServiceWindow window) {
        return new ServiceWindowView(window.mealKey(), window.label(),
                window.period() == null ? null : window.period().slug(),
                window.start().toOffsetDateTime(), window.end().toOffsetDateTime(),
                window.estimated(), window.fromOverride(), window.reason());
    }
}
