package org.fivecmenus.watch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fivecmenus.calendar.ICalendar;
import org.fivecmenus.campus.CurrentCampus;
import org.fivecmenus.dish.DishPages;
import org.fivecmenus.dish.DishViews.DishView;
import org.fivecmenus.dish.DishViews.ServingView;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.hours.ServiceWindow;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * The coming servings of a watch list's dishes, at their meals' real times (the hall's hours for the date,
 * overrides applied), as JSON, iCalendar and Atom. Made from the stored menus each time: a serving the menu
 * dropped is gone from the next fetch of the feed.
 */
@ApplicationScoped
public class WatchFeeds {

    /** One coming serving of a watched dish. */
    @Schema(name = "WatchedServing")
    public record Upcoming(
            @Schema(example = "cheese-tortellini") String slug,
            @Schema(example = "Cheese Tortellini") String name,
            ServingView serving,
            @Schema(name = "starts_at", nullable = true, description = "The meal's start by the hall's hours; null "
                    + "when its hours list no such meal") OffsetDateTime startsAt,
            @Schema(name = "ends_at", nullable = true) OffsetDateTime endsAt) {
    }

    @Schema(name = "WatchFeed")
    public record Feed(List<String> dishes, List<Upcoming> upcoming) {
    }

    @Inject
    DishPages dishes;

    @Inject
    Hours hours;

    @Inject
    CurrentCampus campus;

    public Feed feed(WatchList list) {
        List<Upcoming> upcoming = new ArrayList<>();
        Map<LocalDate, List<ServiceWindow>> windows = null;
        LocalDate today = dishes.today();
        for (String slug : list.slugs()) {
            Optional<DishView> dish = dishes.dish(slug);
            if (dish.isEmpty()) {
                continue;
            }
            for (ServingView serving : dish.get().upcoming()) {
                if (windows == null) {
                    windows = hours.windowsBetween(today, today.plusDays(60));
                }
                Optional<ServiceWindow> window = windowOf(serving, windows.getOrDefault(serving.date(), List.of()));
                upcoming.add(new Upcoming(slug, dish.get().name(), serving,
                        window.map(w -> w.start().toOffsetDateTime()).orElse(null),
                        window.map(w -> w.end().toOffsetDateTime()).orElse(null)));
            }
        }
        upcoming.sort(Comparator.comparing((Upcoming u) -> u.serving().date())
                .thenComparing(u -> u.startsAt() == null ? ZonedDateTime.of(u.serving().date().atTime(23, 59),
                        hours.zone()).toOffsetDateTime() : u.startsAt()));
        return new Feed(list.slugs(), upcoming);
    }

    /** The meal's window that day: the same key, else the same period. */
    private static Optional<ServiceWindow> windowOf(ServingView serving, List<ServiceWindow> day) {
        List<ServiceWindow> hall = day.stream().filter(w -> w.hallId().equals(serving.hallId())).toList();
        Optional<ServiceWindow> sameKey = hall.stream()
                .filter(w -> Meal.keyOf(w.mealKey()).equals(serving.meal())).findFirst();
        if (sameKey.isPresent()) {
            return sameKey;
        }
        MealPeriod period = MealPeriod.fromLabel(serving.mealLabel()).orElse(null);
        return period == null ? Optional.empty() : hall.stream().filter(w -> w.period() == period).findFirst();
    }

    /** The feed as iCalendar: one event per timed serving. */
    public Prepared ics(WatchList list) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (Upcoming u : feed(list).upcoming()) {
            if (u.startsAt() == null) {
                continue;
            }
            ServingView s = u.serving();
            events.add(new ICalendar.Event(u.slug() + "-" + s.hallId() + "-" + s.date() + "-" + s.meal() + "@" + campus.campus().token(),
                    u.startsAt().atZoneSameInstant(hours.zone()), u.endsAt().atZoneSameInstant(hours.zone()),
                    u.name() + " at " + s.hallName(), s.hallName(),
                    s.mealLabel() + " · " + s.station(), null, false));
        }
        return Prepared.of(ICalendar.write(campus.campus().name(), campus.campus().name() + ": dishes I watch", hours.zone(), stamp(), events),
                ICalendar.CONTENT_TYPE);
    }

    /** The feed as Atom: one entry per coming serving. */
    public Prepared atom(WatchList list, String selfPath) {
        String updated = DateTimeFormatter.ISO_INSTANT.format(stamp());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "  <title>" + xmlText(campus.campus().name()) + ": dishes I watch</title>\n"
                + "  <id>tag:" + campus.campus().token() + ",2026:watch:" + xmlText(list.joined()) + "</id>\n"
                + "  <updated>" + updated + "</updated>\n"
                + "  <author><name>" + xmlText(campus.campus().name()) + "</name></author>\n"
                + "  <link rel=\"self\" href=\"" + xmlText(selfPath) + "\"/>\n");
        for (Upcoming u : feed(list).upcoming()) {
            ServingView s = u.serving();
            String when = s.date() + (u.startsAt() == null ? "" : " "
                    + DateTimeFormatter.ofPattern("h:mm a", java.util.Locale.US).format(u.startsAt()));
            xml.append("  <entry>\n")
                    .append("    <title>").append(xmlText(u.name() + " at " + s.hallName() + ", " + s.mealLabel()
                            + " " + s.date())).append("</title>\n")
                    .append("    <id>tag:").append(campus.campus().token()).append(",2026:serving:").append(xmlText(u.slug() + "/" + s.hallId() + "/"
                            + s.date() + "/" + s.meal())).append("</id>\n")
                    .append("    <updated>").append(updated).append("</updated>\n")
                    .append("    <link href=\"/halls/").append(xmlText(s.hallId())).append("?date=").append(s.date())
                    .append("&amp;meal=").append(xmlText(s.meal())).append("\"/>\n")
                    .append("    <summary>").append(xmlText(s.hallName() + " · " + s.mealLabel() + " · " + s.station()
                            + " · " + when)).append("</summary>\n")
                    .append("  </entry>\n");
        }
        xml.append("</feed>\n");
        return Prepared.of(xml.toString().getBytes(StandardCharsets.UTF_8), "application/atom+xml; charset=utf-8");
    }

    /** Feeds change with the menus and the day: the start of today keeps an unchanged feed the same bytes. */
    private Instant stamp() {
        return dishes.today().atStartOfDay(hours.zone()).toInstant();
    }

    static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
