package org.fivecmenus.hours;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fivecmenus.config.Parameters;
import org.fivecmenus.http.PreparedResponses;
import org.fivecmenus.http.WarmAnswers.Warm;
import org.fivecmenus.problem.Problem;

@Path("open-now")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hours")
public class OpenNowResource {

    @Inject
    Hours hours;

    @Inject
    OpenHalls openHalls;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The halls open now, or at another instant",
            description = "Evaluated from the weekly hours and date overrides in the halls' zone.")
    @APIResponse(responseCode = "200", description = "The open halls, in display order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OpenHall.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "'at' is not an ISO date-time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is not available",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response openNow(
            @Parameter(description = "Another instant: 2026-03-08T17:45Z, 2026-03-08T10:45-07:00, or a local "
                    + "date-time in the halls' zone such as 2026-03-08T10:45. Default: now.")
            @QueryParam("at") String at) {
        if (at == null || at.isBlank()) {
            Warm answer = openHalls.now();
            return PreparedResponses.response(headers, answer.body(), answer.cacheControl()).build();
        }
        // An explicit instant never changes its answer until hours are edited.
        Instant instant = Parameters.instant("at", at, hours.zone(), hours.now());
        return PreparedResponses.response(headers, openHalls.at(instant), "public, max-age=300").build();
    }
}
