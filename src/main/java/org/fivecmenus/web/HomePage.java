package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hours.HallStatus;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.hours.HoursOverride;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.web.Cards.Card;
import org.fivecmenus.web.Cards.CardHead;

/**
 * Today's (or another day's) menus of every hall in one feed. The page is kept as prepared bytes under a
 * key of everything it shows, so until a badge, a menu, the hours or the filters change, a request renders
 * nothing.
 */
@WebServlet(urlPatterns = "", asyncSupported = true)
public class HomePage extends HttpServlet {

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

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate date = dates.date(request, response);
        if (date == null) {
            return;
        }
        Day asked = new Day(date, dates.today(), hours.now(), Preferences.read(request, response),
                request.getParameter("meal"));
        List<HallView> all = halls.all();
        pageMenus.withMenus(request, response, all, date,
                days -> site.send(request, response, page(request, response, asked, all, days)));
    }

    /**
     * What a request for the home page asks for.
     *
     * @param meal the meal asked for (a key or period), or null for the one being served or next
     */
    private record Day(LocalDate date, LocalDate today, Instant now, Preferences preferences, String meal) {

        boolean isToday() {
            return date.equals(today);
        }
    }

    /** The page, kept under a {@link PageKey} of everything it shows. */
    private Prepared page(HttpServletRequest request, HttpServletResponse response, Day asked, List<HallView> all,
                          List<PreparedDay> days) {
        Map<String, HallStatus> statuses = hours.statusesNow();
        Map<String, List<HoursOverride>> closures = hours.closuresOn(asked.date()).stream()
                .collect(Collectors.groupingBy(HoursOverride::hallId));
        Map<String, String> websites = halls.websites();
        List<CardHead> heads = new ArrayList<>();
        PageKey key = PageKey.home(asked.date(), asked.today(), asked.meal(), asked.preferences(), hours.version());
        for (int i = 0; i < all.size(); i++) {
            HallView hall = all.get(i);
            CardHead head = cards.head(hall, days.get(i).result(), statuses.get(hall.id()),
                    closures.getOrDefault(hall.id(), List.of()), asked.date(), asked.isToday(), asked.meal(),
                    websites.get(hall.id()), asked.now());
            heads.add(head);
            key = key.withCard(days.get(i), head, null);
        }
        return pages.page(key, () -> render(request, response, asked, all, heads, days));
    }

    private String render(HttpServletRequest request, HttpServletResponse response, Day asked, List<HallView> all,
                          List<CardHead> heads, List<PreparedDay> days) {
        List<Card> feed = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            feed.add(cardBodies.card(request, heads.get(i), days.get(i), asked.date(), asked.preferences(),
                    Cards.CardLength.SHORT, all.get(i).id(), all.get(i).id() + "-title"));
        }
        String day = PageDates.LONG_DAY.format(asked.date());
        Map<String, Object> model = site.model(asked.isToday() ? "Today's menus" : "Menus for " + day, "home");
        model.put("heading", asked.isToday() ? "Today, " + day : day);
        model.put("date", asked.date().toString());
        model.put("dates", dates.dateBar("/", asked.date()));
        model.put("cards", feed);
        model.put("prefs", asked.preferences());
        return site.html(request, response, "home", model);
    }
}
