package org.fivecmenus.hours;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DayHours")
public record DayHoursView(LocalDate date, @Schema(example = "America/Los_Angeles") String timezone,
                           List<HallHoursView> halls) {
}
