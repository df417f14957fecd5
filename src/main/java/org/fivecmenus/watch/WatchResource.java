package org.fivecmenus.watch;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fivecmenus.problem.Problem;
import org.fivecmenus.problem.ProblemException;
import org.fivecmenus.problem.Requests;

@Path("watch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Watch list")
public class WatchResource {

    @Inject
    WatchTokens tokens;

    @Inject
    WatchFeeds feeds;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{token}")
    @Operation(summary = "The coming servings of a watch list's dishes, at their meals' times",
            description = "The token is the one the /watch page shows for the browser's list (also the name of its "
                    + ".ics and .atom feeds); it encodes the watched dish slugs and nothing else.")
    @APIResponse(responseCode = "200", description = "The watched dishes and their coming servings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WatchFeeds.Feed.class)))
    @APIResponse(responseCode = "404", description = "Not a token this site made",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is not available",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(@Parameter(description = "From the /watch page") @PathParam("token") String token) {
        WatchList list = tokens.read(token).orElseThrow(() -> new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                "Not a watch list token this site made", Requests.path(uriInfo))));
        return Response.ok(feeds.feed(list)).header(HttpHeaders.CACHE_CONTROL, "private, max-age=900").build();
    }
}
