package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.menu.MenuWindow;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.menu.MenuResult;
import org.fivecmenus.web.Cards.Card;
import org.fivecmenus.web.Cards.CardHead;
import org.fivecmenus.web.Cards.DateLink;

/** What every page shares: the date rules, the filters, the layout's model, and friendly error pages. */
@ApplicationScoped
public class Site {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.US);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    @Inject
    Views views;

    @Inject
    MenuWindow window;


    @Inject
    MenuCards cards;

    @Inject
    PageCache pages;


    @Inject
    Hours hours;



    public LocalDate today() {
        return window.today();
    }

    /** The page's date from {@code ?date=}; null when it was refused, after rendering the friendly 400 page. */
    public LocalDate date(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return window.date(request.getParameter("date"));
        } catch (MenuWindow.RefusedDate refused) {
            error(request, response, 400, refused.title(), refused.getMessage() + " Today's menus are on the home page.");
            return null;
        }
    }

    /**
     * A hall's card: the head as given, the body rendered once per menu, meal, filter set and place on the
     * page (anchor and label ids differ between the home and hall pages).
     */
    public Card card(HttpServletRequest request, CardHead head, PreparedDay day, LocalDate date,
                     Preferences preferences, Cards.CardLength length, String anchor, String labelledBy) {
        MenuResult result = day.result();
        if (!result.available() || result.menu().meals().isEmpty()) {
            return new Card(head, "");
        }
        PageKey key = PageKey.cardBody(head, day, date, preferences, length, anchor, labelledBy, hours.version());
        String body = pages.body(key, () -> views.fragment(request.getServletContext(), "card", "tabs", Map.of(
                "meals", cards.tabs(head.id(), result, head.selectedMeal(), preferences, length),
                "anchor", anchor, "labelledBy", labelledBy, "hallPage", "/halls/" + head.id() + "?date=" + date,
                "date", date.toString())));
        return new Card(head, body);
    }

    /** A page as HTML, for keeping. */
    public String html(HttpServletRequest request, HttpServletResponse response, String template,
                       Map<String, Object> model) {
        return views.html(request, response, template, model);
    }

    /** "Today", else "Saturday, December 6": how pages name a day. */
    public static String dayName(LocalDate date, LocalDate today) {
        return date.equals(today) ? "Today" : LONG_DAY.format(date);
    }

    /** A meal of a hall's day on the hall page, opened on that meal. */
    public static String mealLink(String hallId, LocalDate date, String mealKey) {
        return "/halls/" + hallId + "?date=" + date + "&meal=" + mealKey + "#" + date;
    }

    /** Today and the six days after it, for the date bar. */
    public List<DateLink> dateBar(String path, LocalDate selected) {
        List<DateLink> links = new ArrayList<>();
        LocalDate today = today();
        for (int i = 0; i < 7; i++) {
            LocalDate day = today.plusDays(i);
            links.add(new DateLink(i == 0 ? "Today" : DAY.format(day), path + (i == 0 ? "" : "?date=" + day),
                    day.equals(selected)));
        }
        return links;
    }

    public Preferences preferences(HttpServletRequest request, HttpServletResponse response) {
        Preferences preferences = Preferences.of(request);
        if (Preferences.savedBy(request)) {
            response.addCookie(preferences.toCookie());
        }
        return preferences;
    }

    public Map<String, Object> model(String title, String nav) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("nav", nav);
        model.put("diets", Preferences.DIETS);
        model.put("allergens", Preferences.ALLERGENS);
        return model;
    }

    /**
     * Sends a page kept as prepared bytes. Browsers revalidate (the page changes with menus and the clock) and
     * get a 304 while it has not; filters may come from a cookie, so caches must key on it too.
     */
    public void send(HttpServletRequest request, HttpServletResponse response, Prepared page) throws IOException {
        response.addHeader("Vary", "Cookie");
        PreparedResponses.write(request, response, page, "no-cache");
    }

    public void render(HttpServletRequest request, HttpServletResponse response, String template,
                       Map<String, Object> model) throws IOException {
        render(request, response, 200, template, model);
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        // Pages change with the menus and the clock; let browsers revalidate rather than keep them (unless the
        // page said more, as the watch list's no-store).
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "no-cache");
        }
        views.render(request, response, status, template, model);
    }

    public void error(HttpServletRequest request, HttpServletResponse response, int status, String heading,
                      String message) throws IOException {
        Map<String, Object> model = model(heading, "");
        model.put("status", status);
        model.put("heading", heading);
        model.put("message", message);
        response.setHeader("Cache-Control", "no-store");
        views.render(request, response, status, "error", model);
    }
}
