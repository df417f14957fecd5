package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fivecmenus.calendar.HoursCalendar;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hours.HallStatus;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.hours.HoursOverride;
import org.fivecmenus.hours.ServiceWindow;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.web.Cards.Card;
import org.fivecmenus.web.Cards.CardHead;

/**
 * One hall's week: its hours with any overrides ("Closed for Thanksgiving") and each day's menu. Kept as
 * prepared bytes like the home page.
 */
@WebServlet(urlPatterns = "/halls/*", asyncSupported = true)
public class HallPage extends HttpServlet {

    /** One day of the week on the hall page. */
    public record Day(String id, String heading, List<String> hours, List<String> changes, String freshness,
                      Card card) {
    }

    @Inject
    Site site;

    @Inject
    PageMenus pageMenus;

    @Inject
    Halls halls;

    @Inject
    Hours hours;

    @Inject
    MenuCards cards;

    @Inject
    PageCache pages;

    @Inject
    HoursCalendar calendar;

    /** "continental_breakfast" → "Continental breakfast", when the override has no label of its own. */
    private static String mealName(HoursOverride override) {
        if (override.label() != null) {
            return override.label();
        }
        String words = override.mealKey().replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/$", "").toLowerCase(Locale.ROOT);
        if (id.endsWith("/hours.ics")) {
            String hallId = id.substring(0, id.length() - "/hours.ics".length());
            Optional<Prepared> feed = calendar.of(hallId);
            if (feed.isEmpty()) {
                site.error(request, response, 404, "No such dining hall",
                        "There is no hall called “" + hallId + "”. All seven are on the home page.");
                return;
            }
            // Calendar apps poll: they revalidate with the ETag and get a 304 while the hours hold.
            PreparedResponses.write(request, response, feed.get(), "public, max-age=3600");
            return;
        }
        Optional<HallView> found = halls.find(id);
        if (found.isEmpty()) {
            site.error(request, response, 404, "No such dining hall",
                    "There is no hall called “" + id + "”. All seven are on the home page.");
            return;
        }
        HallView hall = found.get();
        LocalDate selected = site.date(request, response);
        if (selected == null) {
            return;
        }
        Preferences preferences = site.preferences(request, response);
        LocalDate today = site.today();
        Instant now = hours.now();
        HallStatus status = hours.statusesNow().get(hall.id());
        String website = halls.websites().get(hall.id());
        String meal = request.getParameter("meal");
        List<LocalDate> week = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            week.add(today.plusDays(i));
        }
        if (!week.contains(selected)) {
            week = List.of(selected);
        }
        List<LocalDate> shown = week;
        pageMenus.withMenus(request, response, hall, shown, results -> {
            LocalDate first = shown.get(0);
            LocalDate last = shown.get(shown.size() - 1);
            List<HoursOverride> closures = hours.closuresBetween(first, last).stream()
                    .filter(o -> o.hallId().equals(hall.id())).toList();
            List<CardHead> heads = new ArrayList<>();
            List<String> freshness = new ArrayList<>();
            PageKey key = PageKey.hall(hall.id(), selected, today, meal, preferences, hours.version());
            for (int i = 0; i < shown.size(); i++) {
                LocalDate day = shown.get(i);
                List<HoursOverride> changes = closures.stream().filter(o -> o.date().equals(day)).toList();
                CardHead head = cards.head(hall, results.get(i).result(), day.equals(today) ? status : null, changes, day,
                        day.equals(today), meal, website, now);
                heads.add(head);
                freshness.add(freshness(results.get(i), now, hours.zone()));
                key = key.withCard(results.get(i), head, freshness.get(i));
            }
            Prepared page = pages.page(key, () -> render(request, response, hall, website, shown, heads,
                    freshness, results, closures, preferences, today));
            site.send(request, response, page);
        });
    }

    private String render(HttpServletRequest request, HttpServletResponse response, HallView hall, String website,
                          List<LocalDate> week, List<CardHead> heads, List<String> freshness,
                          List<PreparedDay> results,
                          List<HoursOverride> closures, Preferences preferences, LocalDate today) {
        Map<LocalDate, List<ServiceWindow>> windowsByDay = hours.windowsBetween(week.get(0), week.get(week.size() - 1));
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < week.size(); i++) {
            LocalDate day = week.get(i);
            List<ServiceWindow> windows = windowsByDay.get(day).stream().filter(w -> w.hallId().equals(hall.id())).toList();
            List<String> lines = windows.stream().map(w -> w.label() + " " + TimeText.time(w.start()) + " – "
                    + TimeText.time(w.end()) + (w.estimated() ? " (approximate)" : "")
                    + (w.fromOverride() && w.reason() != null ? " — " + w.reason() : "")).toList();
            List<String> notes = closures.stream().filter(o -> o.date().equals(day))
                    .map(o -> (o.wholeDay() ? "Closed all day" : mealName(o) + " closed")
                            + (o.reason() == null ? "" : ": " + o.reason())).toList();
            Card card = site.card(request, heads.get(i), results.get(i), day, preferences, Cards.CardLength.FULL,
                    "menu-" + day, day + "-day");
            days.add(new Day(day.toString(), Site.dayName(day, today), lines, notes, freshness.get(i), card));
        }
        Map<String, Object> model = site.model(hall.name(), "hall");
        model.put("hall", hall);
        model.put("website", website);
        model.put("days", days);
        model.put("prefs", preferences);
        return site.html(request, response, "hall", model);
    }

    /**
     * When a current menu was fetched and when it is due again ("Updated 12 min ago · next update around
     * 11:20 am"); null for any other state, whose notice says what there is to say.
     */
    static String freshness(PreparedDay day, Instant now, ZoneId zone) {
        if (!day.available() || day.stale() || day.fetchedAt() == null) {
            return null;
        }
        String updated = "Updated " + TimeText.ago(Duration.between(day.fetchedAt(), now));
        if (!day.expiresAt().isAfter(now)) {
            return updated + " · an update is under way";
        }
        ZonedDateTime next = day.expiresAt().atZone(zone);
        boolean sameDay = next.toLocalDate().equals(LocalDate.ofInstant(now, zone));
        return updated + " · next update around "
                + (sameDay ? TimeText.time(next) : TimeText.time(next, TimeText.DAY_TIME));
    }
}
