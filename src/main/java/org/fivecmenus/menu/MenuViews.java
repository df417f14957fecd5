package org.fivecmenus.menu;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.Station;

/** The records /api/v2/menus answers with. Items are the normalised model's own records. */
public final class MenuViews {

    private MenuViews() {
    }

    @Schema(name = "MenuDay", description = "A hall's whole day")
    public record DayView(
            @Schema(name = "hall_id", example = "collins") String hallId,
            LocalDate date,
            @Schema(enumeration = {"ok", "stale", "closed", "not_published"}) String status,
            @JsonbProperty("is_stale") @Schema(name = "is_stale") boolean stale,
            @Schema(name = "fetched_at", description = "When the vendor gave this copy") Instant fetchedAt,
            @Schema(name = "next_fetch_at", description = "When this copy is due to be fetched again; it is served "
                    + "until the new one is in, so a time in the past means the fetch is under way") Instant nextFetchAt,
            @Schema(enumeration = {"vendor", "location_page"}, description = "vendor: the vendor's menu for the "
                    + "date; location_page: Hoch's public Sodexo page, read because no SODEXO_API_KEY is configured, "
                    + "which serves today's menu only") String source,
            List<MealView> meals) {
    }

    @Schema(name = "Meal")
    public record MealView(
            @Schema(description = "The normalised period, or the key for a meal without one",
                    example = "breakfast") String meal,
            @Schema(description = "The slug of the label; distinguishes two meals of one period",
                    example = "continental_breakfast") String key,
            @Schema(description = "The vendor's own name", example = "Continental Breakfast") String label,
            @Schema(name = "starts_at", nullable = true, description = "Local time (America/Los_Angeles); null "
                    + "only when neither the vendor nor the hall's hours give one") LocalTime startsAt,
            @Schema(name = "ends_at", nullable = true, description = "Before starts_at when the meal ends after "
                    + "midnight") LocalTime endsAt,
            @Schema(name = "times_from", nullable = true, enumeration = {"vendor", "hours"}, description = "vendor: "
                    + "published with the menu; hours: the vendor publishes no times (Sodexo, Pomona), so they are "
                    + "the hall's hours for the date, overrides applied") String timesFrom,
            List<StationView> stations) {

        static MealView of(Meal meal) {
            return new MealView(meal.period() == null ? meal.key() : meal.period().slug(), meal.key(), meal.label(),
                    meal.startsAt(), meal.endsAt(), meal.timesFrom() == null ? null : meal.timesFrom().slug(),
                    meal.stations().stream().map(StationView::of).toList());
        }
    }

    @Schema(name = "Station", description = "A counter within a meal, with every item the vendor listed there")
    public record StationView(
            @Schema(description = "The vendor's name of the station", example = "expo- little italy") String name,
            @Schema(enumeration = {"featured", "regular", "catalogue"}, description = "featured: holds a dish the "
                    + "vendor features; regular: dishes of the day; catalogue: always there (salad and deli bars, "
                    + "build-your-own, condiments, beverages, cereal), which the site shows collapsed") String role,
            @Schema(description = "How many of the items, from the first, the site shows before 'N more' (and "
                    + "view=curated answers); featured items come first and are always among them") int shown,
            List<Item> items) {

        static StationView of(Station station) {
            return new StationView(station.name(), station.role().slug(), station.shown(), station.items());
        }
    }

    @Schema(name = "MenuMeal", description = "One meal of a hall's day")
    public record MealMenuView(
            @Schema(name = "hall_id") String hallId,
            LocalDate date,
            String meal,
            String key,
            String label,
            @Schema(name = "starts_at", nullable = true) LocalTime startsAt,
            @Schema(name = "ends_at", nullable = true) LocalTime endsAt,
            @Schema(name = "times_from", nullable = true, enumeration = {"vendor", "hours"}) String timesFrom,
            @Schema(enumeration = {"ok", "stale", "closed", "not_published"}) String status,
            @JsonbProperty("is_stale") @Schema(name = "is_stale") boolean stale,
            @Schema(name = "fetched_at") Instant fetchedAt,
            @Schema(name = "next_fetch_at") Instant nextFetchAt,
            @Schema(enumeration = {"vendor", "location_page"}) String source,
            List<StationView> stations) {
    }
}
