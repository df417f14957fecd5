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

    private static final String CALENDAR = "/hours.ics";

    /** One day of the week on the hall page. */
    public record Day(String id, String heading, List<String> hours, List<String> changes, String freshness,
                      Card card) {
    }

    @Inject
    Site site;

    @Inject
    CardBodies cardBodies;

    @Inject
    PageDates dates;

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

    /** A meal of a hall's day on the hall page, opened on that meal. */
    public static String mealLink(String hallId, LocalDate date, String mealKey) {
        return "/halls/" + hallId + "?date=" + date + "&meal=" + mealKey + "#" + date;
    }

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
        if (id.endsWith(CALENDAR)) {
            hoursCalendar(request, response, id.substring(0, id.length() - CALENDAR.length()));
        } else {
            week(request, response, id);
        }
    }

    /** {@code /halls/{id}/hours.ics}: the hall's meal windows, for calendar apps. */
    private void hoursCalendar(HttpServletRequest request, HttpServletResponse response, String hallId)
            throws IOException {
        Optional<Prepared> feed = calendar.of(hallId);
        if (feed.isEmpty()) {
            noSuchHall(request, response, hallId);
            return;
        }
        // Calendar apps poll: they revalidate with the ETag and get a 304 while the hours hold.
        PreparedResponses.write(request, response, feed.get(), "public, max-age=3600");
    }

    /** {@code /halls/{id}}: the week asked for, its menus (waited for without a thread), the page. */
    private void week(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
        Optional<HallView> hall = halls.find(id);
        if (hall.isEmpty()) {
            noSuchHall(request, response, id);
            return;
        }
        LocalDate selected = dates.date(request, response);
        if (selected == null) {
            return;
        }
        Week asked = new Week(hall.get(), selected, dates.today(), hours.now(), Preferences.read(request, response),
                request.getParameter("meal"));
        pageMenus.withMenus(request, response, asked.hall(), asked.days(),
                results -> site.send(request, response, page(request, response, asked, results)));
    }

    private void noSuchHall(HttpServletRequest request, HttpServletResponse response, String id) throws IOException {
        site.error(request, response, 404, "No such dining hall",
                "There is no hall called “" + id + "”. The halls are on the home page.");
    }

    /**
     * What a request for a hall's page asks for.
     *
     * @param selected the date asked for, today by default
     * @param meal     the meal asked for (a key or period), or null for the one being served or next
     */
    private record Week(HallView hall, LocalDate selected, LocalDate today, Instant now, Preferences preferences,
                        String meal) {

        /** The seven days from today, or only the day asked for when it lies outside them. */
        List<LocalDate> days() {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                week.add(today.plusDays(i));
            }
            return week.contains(selected) ? week : List.of(selected);
        }
    }

    /** The week's page, kept under a {@link PageKey} of everything it shows. */
    private Prepared page(HttpServletRequest request, HttpServletResponse response, Week asked,
                          List<PreparedDay> results) {
        HallView hall = asked.hall();
        List<LocalDate> shown = asked.days();
        HallStatus status = hours.statusesNow().get(hall.id());
        String website = halls.websites().get(hall.id());
        List<HoursOverride> closures = hours.closuresBetween(shown.get(0), shown.get(shown.size() - 1)).stream()
                .filter(o -> o.hallId().equals(hall.id())).toList();
        List<CardHead> heads = new ArrayList<>();
        List<String> freshness = new ArrayList<>();
        PageKey key = PageKey.hall(hall.id(), asked.selected(), asked.today(), asked.meal(), asked.preferences(),
                hours.version());
        for (int i = 0; i < shown.size(); i++) {
            LocalDate day = shown.get(i);
            boolean today = day.equals(asked.today());
            List<HoursOverride> changes = closures.stream().filter(o -> o.date().equals(day)).toList();
            CardHead head = cards.head(hall, results.get(i).result(), today ? status : null, changes, day, today,
                    asked.meal(), website, asked.now());
            heads.add(head);
            freshness.add(freshness(results.get(i), asked.now(), hours.zone()));
            key = key.withCard(results.get(i), head, freshness.get(i));
        }
        return pages.page(key, () -> render(request, response, hall, website, shown, heads, freshness, results,
                closures, asked.preferences(), asked.today()));
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
            Card card = cardBodies.card(request, heads.get(i), results.get(i), day, preferences, Cards.CardLength.FULL,
                    "menu-" + day, day + "-day");
            days.add(new Day(day.toString(), PageDates.dayName(day, today), lines, notes, freshness.get(i), card));
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
