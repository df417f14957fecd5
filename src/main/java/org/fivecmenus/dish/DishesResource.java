package org.fivecmenus.dish;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.fivecmenus.dish.DishViews.DishSearchView;
import org.fivecmenus.dish.DishViews.DishView;
import org.fivecmenus.problem.Problem;
import org.fivecmenus.problem.ProblemException;
import org.fivecmenus.problem.Requests;

@Path("dishes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dishes")
public class DishesResource {

    /** Menus are stored a few times an hour at most. */
    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    DishPages pages;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Dishes whose name contains the query, across every stored menu",
            description = "Case, accents and plurals do not matter. Best first: the name itself, then names "
                    + "starting with it, then a word starting with it, then anywhere; the soonest served first.")
    @APIResponse(responseCode = "200", description = "At most 50 dishes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DishSearchView.class)))
    @APIResponse(responseCode = "400", description = "'q' is missing, or not 2 to 60 characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is not available",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "2 to 60 characters", example = "tofu") @QueryParam("q") String q) {
        String query = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        if (query.length() < 2 || query.length() > 60 || DishNames.normal(query).length() < 2) {
            throw new ProblemException(Problem.of(Response.Status.BAD_REQUEST,
                    "'q' must be 2 to 60 characters with at least two letters or digits, such as 'tofu'",
                    Requests.path(uriInfo)));
        }
        return Response.ok(new DishSearchView(query, pages.search(query)))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One dish: every stored serving, past and upcoming, with its diet tags and allergens")
    @APIResponse(responseCode = "200", description = "The dish",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DishView.class)))
    @APIResponse(responseCode = "404", description = "No stored menu has this dish",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The database is not available",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dish(@Parameter(description = "The dish's normalised name", example = "cheeseburger")
                         @PathParam("slug") String slug) {
        DishView dish = pages.dish(slug).orElseThrow(() -> new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                "No stored menu has a dish '" + slug + "'", Requests.path(uriInfo))));
        return Response.ok(dish).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
