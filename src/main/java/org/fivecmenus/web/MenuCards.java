package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hours.HallStatus;
import org.fivecmenus.hours.HoursOverride;
import org.fivecmenus.hours.ServiceWindow;
import org.fivecmenus.menu.ServedDay;
import org.fivecmenus.menu.model.DaySource;
import org.fivecmenus.menu.model.DietaryTag;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.StationRole;
import org.fivecmenus.menu.model.TitleCase;
import org.fivecmenus.web.Cards.Badge;
import org.fivecmenus.web.Cards.CardHead;
import org.fivecmenus.web.Cards.CardLength;
import org.fivecmenus.web.Cards.ItemView;
import org.fivecmenus.web.Cards.MealTab;
import org.fivecmenus.web.Cards.StationView;

/** Turns menus and hours into the cards the pages show. Pure apart from the "now" it is given. */
@ApplicationScoped
public class MenuCards {


    @Inject
    ZoneId zone;

    /** The parts of a card that change with the clock, and the meal tab it opens on. */
    public CardHead head(HallView hall, ServedDay result, HallStatus status, List<HoursOverride> closures,
                         LocalDate date, boolean today, String askedMeal, String website, Instant now) {
        String closure = closures.stream().filter(HoursOverride::wholeDay).map(o -> o.reason() == null
                ? "Closed all day" : o.reason()).findFirst().orElse(null);
        boolean open = today && status != null && status.open();
        String badge = badge(status, today, closure, now, LocalDate.ofInstant(now, zone));
        boolean estimated = status != null && (status.openWindows().stream().anyMatch(ServiceWindow::estimated)
                || (status.nextOpening() != null && status.nextOpening().estimated()));
        List<Meal> meals = result.available() ? result.menu().meals() : List.of();
        return new CardHead(hall.id(), hall.name(), hall.college(), open, badge, estimated, result.status(),
                notice(result, now, today), website, closure, selectedMeal(meals, askedMeal, today ? status : null, date));
    }

    /** The meal tabs with the dishes that suit the filters; the selected one open. */
    public List<MealTab> tabs(String hallId, ServedDay result, String selected, Preferences preferences,
                              CardLength length) {
        List<Meal> meals = result.available() ? result.menu().meals() : List.of();
        return meals.stream().map(meal -> tab(hallId, meal, meal.key().equals(selected), preferences, length))
                .toList();
    }

    private static String badge(HallStatus status, boolean today, String closure, Instant now,
                                LocalDate currentDate) {
        if (closure != null) {
            return today ? "Closed today" : "Closed all day";
        }
        if (!today || status == null) {
            return null;
        }
        if (status.open()) {
            return "Open · closes at " + TimeText.time(status.closesAt()) + (status.closingSoon(now) ? " · closing soon" : "");
        }
        ServiceWindow next = status.nextOpening();
        if (next == null) {
            return "Closed";
        }
        boolean sameDay = next.serviceDate().equals(currentDate);
        return "Closed · opens "
                + (sameDay ? "at " + TimeText.time(next.start()) : TimeText.time(next.start(), TimeText.DAY_TIME))
                + " (" + next.label() + ")";
    }

    /**
     * The asked meal; else, today, the one being served, else the next one today, else (after the last meal)
     * the last; on other days the first. A meal is matched by its key before its period, so Continental
     * Breakfast is not shown as Breakfast.
     */
    static String selectedMeal(List<Meal> meals, String asked, HallStatus status, LocalDate date) {
        if (meals.isEmpty()) {
            return null;
        }
        if (asked != null) {
            String key = Meal.keyOf(asked);
            String found = match(meals, key, MealPeriod.fromSlug(key).orElse(null));
            if (found != null) {
                return found;
            }
        }
        if (status == null) {
            return meals.get(0).key();
        }
        ServiceWindow current = status.currentMeal();
        if (current != null) {
            String found = match(meals, current.mealKey(), current.period());
            if (found != null) {
                return found;
            }
        }
        ServiceWindow next = status.nextOpening();
        if (next != null && next.serviceDate().equals(date)) {
            String found = match(meals, next.mealKey(), next.period());
            if (found != null) {
                return found;
            }
            return meals.get(0).key();
        }
        return meals.get(meals.size() - 1).key();
    }

    private static String match(List<Meal> meals, String key, MealPeriod period) {
        for (Meal meal : meals) {
            if (meal.key().equals(key)) {
                return meal.key();
            }
        }
        for (Meal meal : meals) {
            if (period != null && meal.period() == period) {
                return meal.key();
            }
        }
        return null;
    }

    private static MealTab tab(String hallId, Meal meal, boolean selected, Preferences preferences,
                               CardLength length) {
        int[] filteredOut = {0};
        List<StationView> stations = new ArrayList<>();
        for (Station station : meal.stations()) {
            // Each item with its place in the station: past the station's shown ones, it is behind "N more".
            List<Item> kept = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            for (int i = 0; i < station.items().size(); i++) {
                Item item = station.items().get(i);
                if (!preferences.suits(item) || (preferences.hideAvoided() && preferences.containsAvoided(item))) {
                    filteredOut[0]++;
                } else {
                    kept.add(item);
                    places.add(i);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            List<ItemView> shown = new ArrayList<>();
            List<ItemView> more = new ArrayList<>();
            for (int i = 0; i < kept.size(); i++) {
                (places.get(i) < station.shown() ? shown : more).add(item(kept.get(i), preferences));
            }
            // A catalogue station (salad bar, cereal…) stays collapsed under its name unless it features a dish;
            // any other whose shown dishes the filters took shows as many of the rest.
            if (shown.isEmpty() && station.role() != StationRole.CATALOGUE) {
                List<ItemView> front = more.subList(0, Math.min(more.size(), Math.max(1, station.shown())));
                shown.addAll(front);
                front.clear();
            }
            // Shown in one casing whichever the vendor wrote; the API keeps the vendor's text.
            stations.add(new StationView(TitleCase.ofOneCase(station.name()), shown, more));
        }
        String times = meal.startsAt() == null || meal.endsAt() == null ? null
                : TimeText.time(meal.startsAt()) + " – " + TimeText.time(meal.endsAt());
        List<StationView> later = new ArrayList<>();
        return new MealTab(hallId + "-" + meal.key(), meal.key(), meal.label(), times, selected,
                fit(stations, length.lines, later), later, filteredOut[0]);
    }

    /**
     * The stations that fit in {@code lines} (a station's name is a line, each shown dish another), the last one
     * cut short with the rest of its dishes behind its own "N more"; the stations that do not fit go to
     * {@code later}, whole.
     */
    static List<StationView> fit(List<StationView> stations, int lines, List<StationView> later) {
        List<StationView> fitting = new ArrayList<>();
        int left = lines;
        for (StationView station : stations) {
            boolean room = station.items().isEmpty() ? left >= 1 : left >= 2;
            if (!room) {
                later.add(station);
                continue;
            }
            int take = Math.min(station.items().size(), left - 1);
            if (take == station.items().size()) {
                fitting.add(station);
            } else {
                List<ItemView> more = new ArrayList<>(station.items().subList(take, station.items().size()));
                more.addAll(station.more());
                fitting.add(new StationView(station.name(), station.items().subList(0, take), more));
            }
            left -= 1 + take;
        }
        return fitting;
    }

    private static ItemView item(Item item, Preferences preferences) {
        List<Badge> badges = item.tags().stream().map(MenuCards::badge).toList();
        boolean dimmed = !preferences.hideAvoided() && preferences.containsAvoided(item);
        String note = null;
        if (!preferences.avoid().isEmpty() && item.allergens() == null) {
            note = "Allergens not published by this vendor";
        } else if (dimmed) {
            note = "Contains " + String.join(", ", item.allergens().stream().filter(preferences.avoid()::contains).toList());
        }
        return new ItemView(item.name(), item.description(), badges,
                item.calories() == null ? null : item.calories() + " cal", dimmed, note);
    }

    /** A known tag's badge in its own style; a label the vocabulary does not know, as it came, in a plain one. */
    static Badge badge(String tag) {
        return DietaryTag.fromSlug(tag).map(t -> new Badge(t.slug(), t.label())).orElse(new Badge("other", tag));
    }

    private static String notice(ServedDay result, Instant now, boolean today) {
        return switch (result.status()) {
            case STALE -> "Last updated " + TimeText.ago(Duration.between(result.fetchedAt(), now))
                    + " — the vendor is not answering.";
            case UNAVAILABLE -> "The menu is unavailable right now: the vendor is not answering.";
            case LOADING -> "Still fetching this menu from the vendor: reload in a moment.";
            case CLOSED -> today ? "Closed — no menu today." : "Closed — no menu that day.";
            case NOT_PUBLISHED -> "No menu published for this day yet.";
            case OK -> result.menu().source() == DaySource.LOCATION_PAGE
                    ? "Read from the hall's public page, which shows today only: other days are unavailable here."
                    : null;
        };
    }
}
