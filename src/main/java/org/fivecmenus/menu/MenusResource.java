package org.fivecmenus.menu;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fivecmenus.config.JsonConfig;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.problem.Problem;
import org.fivecmenus.problem.ProblemException;
import org.fivecmenus.problem.Requests;

@Path("menus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Menus")
public class MenusResource {

    @Inject
    Menus menus;

    @Inject
    Halls halls;

    @Inject
    MenuWindow window;

    @Inject
    MenuAnswers answers;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "A hall's menu for a date: the whole day, or one meal",
            description = "Served from the cache, from one vendor call, or (when the vendor fails) from the last "
                    + "stored copy with is_stale true. Strong ETag; send If-None-Match for a 304.")
    @APIResponse(responseCode = "200", description = "The day (without 'meal') or the meal (with 'meal')",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
                    oneOf = {MenuViews.DayView.class, MenuViews.MealMenuView.class})))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "hall_id missing, date not an ISO date or outside the window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown hall, or a meal not served that day (the problem "
            + "lists the day's meals in 'meals')",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The vendor failed, or did not answer within the longest "
            + "wait, and no copy is stored (menu_status: unavailable, Retry-After 60)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void menu(
            @Suspended AsyncResponse async,
            @Parameter(description = "Hall id, see /api/v2/halls", required = true, example = "collins")
            @QueryParam("hall_id") String hallId,
            @Parameter(description = "ISO date, default today in the halls' zone", example = "2026-11-23")
            @QueryParam("date") String date,
            @Parameter(description = "A meal key (continental_breakfast) or period (breakfast, brunch, lunch, "
                    + "dinner, late_night); without it, the whole day")
            @QueryParam("meal") String meal,
            @Parameter(description = "full (the default): every station and item the vendor published, each "
                    + "station with its role and how many items it shows; curated: what the site shows by default, "
                    + "each station's shown items, stations that show none left out",
                    schema = @Schema(enumeration = {"full", "curated"}, defaultValue = "full"))
            @QueryParam("view") String view) {
        HallView hall = hall(hallId);
        LocalDate day = dateInWindow(date);
        MenuForm form = MenuForm.of(view).orElseThrow(() -> new BadRequestException(
                "'view' must be full or curated, not '" + view + "'."));
        // Read now: a cold day is answered later, on another thread, when this request's context is gone.
        String path = path();
        PreparedResponses.Asked asked = PreparedResponses.Asked.of(headers);
        // Menus answers every waiter by menus.wait-timeout; this only guards against a flight that never ends.
        async.setTimeout(menus.longestWait().plusSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        async.setTimeoutHandler(late -> late.resume(unavailable(hall, day, path)));
        menus.day(hall.id(), day).whenComplete((prepared, failure) -> {
            try {
                if (failure != null) {
                    async.resume(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                } else if (!prepared.available()) {
                    async.resume(unavailable(hall, day, path));
                } else {
                    Prepared body = meal == null || meal.isBlank() ? prepared.day(form)
                            : meal(prepared, meal.strip(), form, path);
                    async.resume(PreparedResponses.response(asked, body, answers.cacheControl(prepared)).build());
                }
            } catch (RuntimeException e) {
                // A 404 for a meal not served that day, say: the exception mappers answer it.
                async.resume(e);
            }
        });
    }

    private static Response unavailable(HallView hall, LocalDate day, String path) {
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The menu of " + hall.name() + " for " + day
                        + " is unavailable: the vendor is not answering and no earlier copy is stored.", path)
                .with("menu_status", "unavailable")
                .with("hall_id", hall.id())
                .with("date", day.toString())
                .toResponse()
                .header(HttpHeaders.RETRY_AFTER, 60)
                .build();
    }

    private HallView hall(String hallId) {
        if (hallId == null || hallId.isBlank()) {
            throw new BadRequestException("'hall_id' is required: one of " + hallIds() + ".");
        }
        return halls.find(hallId).orElseThrow(() -> new ProblemException(
                Problem.of(Response.Status.NOT_FOUND, "There is no hall '" + hallId + "': halls are " + hallIds() + ".",
                        path()).with("halls", halls.all().stream().map(HallView::id).toList())));
    }

    private LocalDate dateInWindow(String date) {
        try {
            return window.date(date);
        } catch (MenuWindow.RefusedDate refused) {
            throw new BadRequestException(refused.getMessage());
        }
    }

    /** The prepared meal; a day without meals (closed, not published) answers each asked meal empty. */
    private Prepared meal(PreparedDay prepared, String asked, MenuForm form, String path) {
        Optional<Prepared> found = prepared.meal(asked, form);
        if (found.isPresent()) {
            return found.get();
        }
        ServedDay result = prepared.result();
        List<Meal> meals = result.menu().meals();
        if (result.menu().status() != DayStatus.SERVED) {
            return Prepared.json(JsonConfig.jsonb().toJson(new MenuViews.MealMenuView(result.hallId(), result.date(),
                    Meal.keyOf(asked), null, null, null, null, null, result.status().slug(), result.stale(),
                    result.fetchedAt(), prepared.expiresAt(), result.menu().source().slug(), List.of())));
        }
        throw new ProblemException(Problem.of(Response.Status.NOT_FOUND,
                        "No '" + asked + "' at " + result.hallId() + " on " + result.date() + ". Meals that day: "
                                + meals.stream().map(Meal::key).toList() + ".", path)
                .with("meals", meals.stream().map(MenuViews.MealView::of)
                        .map(m -> Map.of("meal", m.meal(), "key", m.key(), "label", m.label())).toList()));
    }

    private String hallIds() {
        return String.join(", ", halls.all().stream().map(HallView::id).toList());
    }

    private String path() {
        return Requests.path(uriInfo);
    }
}
