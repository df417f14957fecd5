package org.fivecmenus.hall;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fivecmenus.http.PreparedResponses;
import org.fivecmenus.problem.Problem;

@Path("halls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Halls")
public class HallsResource {

    /** Halls change only with a deploy or a migration; an hour is a fair age for clients. */
    static final String CACHE_CONTROL = "public, max-age=3600";

    @Inject
    Halls halls;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The dining halls, in display order")
    @APIResponse(responseCode = "200", description = "All halls",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = HallView.class)))
    @APIResponse(responseCode = "503", description = "The database is not available",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list() {
        return PreparedResponses.response(headers, halls.json(), CACHE_CONTROL).build();
    }
}
