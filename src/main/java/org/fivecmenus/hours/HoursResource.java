package org.fivecmenus.hours;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fivecmenus.config.Parameters;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.problem.Problem;

@Path("hours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hours")
public class HoursResource {

    @Inject
    Hours hours;

    @Inject
    Halls halls;

    @GET
    @Operation(summary = "Every hall's service windows on a date, after date overrides")
    @APIResponse(responseCode = "200", description = "The hours of every hall",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DayHoursView.class)))
    @APIResponse(responseCode = "400", description = "'date' is not an ISO date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is not available",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response hoursOn(
            @Parameter(description = "ISO date, default today in the halls' zone", example = "2026-11-26")
            @QueryParam("date") String date) {
        LocalDate day = Parameters.date("date", date, hours.today());
        Map<String, List<ServiceWindow>> windows = hours.windowsOn(day).stream()
                .collect(Collectors.groupingBy(ServiceWindow::hallId));
        Map<String, List<HoursOverride>> closures = hours.closuresOn(day).stream()
                .collect(Collectors.groupingBy(HoursOverride::hallId));
        List<HallHoursView> byHall = halls.all().stream().map(hall -> {
            List<HoursOverride> closed = closures.getOrDefault(hall.id(), List.of());
            HoursOverride wholeDay = closed.stream().filter(HoursOverride::wholeDay).findFirst().orElse(null);
            return new HallHoursView(hall.id(), hall.name(), wholeDay != null,
                    wholeDay == null ? null : wholeDay.reason(),
                    windows.getOrDefault(hall.id(), List.of()).stream().map(ServiceWindowView::of).toList(),
                    closed.stream().filter(o -> !o.wholeDay())
                            .map(o -> new HallHoursView.ClosedMeal(OpeningHours.normaliseKey(o.mealKey()), o.reason()))
                            .toList());
        }).toList();
        return Response.ok(new DayHoursView(day, hours.zone().getId(), byHall))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }
}
