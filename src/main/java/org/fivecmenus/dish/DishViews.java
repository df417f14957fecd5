package org.fivecmenus.dish;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records /api/v2/dishes answers with, and the dish page renders. */
public final class DishViews {

    private DishViews() {
    }

    @Schema(name = "Serving", description = "One meal a dish was or will be served at")
    public record ServingView(
            @Schema(name = "hall_id", example = "frary") String hallId,
            @Schema(name = "hall_name", example = "Frary") String hallName,
            LocalDate date,
            @Schema(description = "The meal's key", example = "dinner") String meal,
            @Schema(name = "meal_label", example = "Dinner") String mealLabel,
            @Schema(example = "Grill") String station) {

        static ServingView of(DishServing serving, Map<String, String> hallNames) {
            return new ServingView(serving.getHallId(), hallNames.getOrDefault(serving.getHallId(), serving.getHallId()),
                    serving.getServiceDate(), serving.getMealKey(), serving.getMealLabel(), serving.getStation());
        }
    }

    @Schema(name = "Dish", description = "A dish by its normalised name, across halls and days")
    public record DishView(
            @Schema(example = "cheeseburger") String slug,
            @Schema(example = "Cheeseburger") String name,
            @Schema(description = "Diet tags of its latest serving") List<String> tags,
            @Schema(nullable = true, description = "Allergens of its latest serving; null when the vendor publishes "
                    + "none") List<String> allergens,
            @Schema(nullable = true, description = "The first serving from today on") ServingView next,
            @Schema(description = "Every serving from today on, in the menus fetched so far") List<ServingView> upcoming,
            @Schema(description = "Every stored serving before today, latest first") List<ServingView> past) {
    }

    @Schema(name = "DishHit", description = "A dish found by a search")
    public record DishHitView(
            String slug,
            String name,
            @Schema(nullable = true) ServingView next,
            @Schema(description = "How many servings from today on") int upcoming) {
    }

    @Schema(name = "DishSearch")
    public record DishSearchView(String query, List<DishHitView> dishes) {
    }
}
