package org.fivecmenus.campus;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.upstream.StationChanges;

/**
 * A campus as its file describes it (docs/campus.md): its name, its time zone, where it is published, and its
 * halls with their vendor kinds, sources and weekly hours. Read and checked by {@link CampusFile}.
 *
 * @param name      what the pages and feeds call the product, e.g. "5C Menus"
 * @param place     the campus the halls belong to, e.g. "the Claremont Colleges"
 * @param zone      the halls' time zone: "today", "open now", feeds and calendars are in it
 * @param publicUrl the site's public base URL, for links in feeds and calendars; empty when not set
 */
public record Campus(String name, String place, ZoneId zone, Optional<URI> publicUrl, List<Hall> halls) {

    public Campus {
        halls = List.copyOf(halls);
    }

    /**
     * The name as a token for identifiers that must stay the same for as long as the name does: calendar event
     * UIDs ({@code …@5cmenus}) and Atom ids ({@code tag:5cmenus,2026:…}). Letters and digits of the name, lower-case
     * and without accents ("5C Menus" → {@code 5cmenus}): the app's one folding of a label ({@link Meal#keyOf}),
     * without its separators.
     */
    public String token() {
        String folded = Meal.keyOf(name).replace("_", "");
        return folded.isEmpty() ? "menus" : folded;
    }

    /**
     * One hall.
     *
     * @param college the college or area it belongs to, shown beside its name
     * @param color   its colour on cards, {@code #RRGGBB}
     * @param website its public page, also what a kind may read when its source cannot be (null: none)
     * @param source  the URL template of its menus, {@code {date}} standing for the ISO date of a per-day source
     *                (a kind's short form, such as Sodexo's location and menu ids, is already expanded)
     * @param stations its changes to its kind's station tables
     */
    public record Hall(String id, String name, String college, String color, String website, VendorKindName vendor,
                       String source, List<Window> hours, StationChanges stations) {

        public Hall {
            hours = List.copyOf(hours);
        }
    }

    /**
     * A weekly service window: a meal on a day of the week. A close at or before the open ends on the next day.
     *
     * @param label     the meal as shown ("Continental Breakfast"); its key is the slug of the label
     * @param estimated shown to students as approximate
     * @param overlaps  served alongside another meal on purpose (Malott's weekend brunch and lunch)
     * @param note      where the hours come from; null when not said
     */
    public record Window(DayOfWeek day, String label, LocalTime opens, LocalTime closes, boolean estimated,
                         boolean overlaps, String note) {
    }
}
