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
        Preferences preferences = Preferences.read(request, response);
        LocalDate todayDate = dates.today();
        boolean today = date.equals(todayDate);
        Instant now = hours.now();
        Map<String, HallStatus> statuses = hours.statusesNow();
        Map<String, List<HoursOverride>> closures = hours.closuresOn(date).stream()
                .collect(Collectors.groupingBy(HoursOverride::hallId));
        Map<String, String> websites = halls.websites();
        String meal = request.getParameter("meal");
        List<HallView> all = halls.all();
        pageMenus.withMenus(request, response, all, date, days -> {
            List<CardHead> heads = new ArrayList<>();
            PageKey key = PageKey.home(date, todayDate, meal, preferences, hours.version());
            for (int i = 0; i < all.size(); i++) {
                HallView hall = all.get(i);
                CardHead head = cards.head(hall, days.get(i).result(), statuses.get(hall.id()),
                        closures.getOrDefault(hall.id(), List.of()), date, today, meal, websites.get(hall.id()), now);
                heads.add(head);
                key = key.withCard(days.get(i), head, null);
            }
            Prepared page = pages.page(key, () -> {
                List<Card> feed = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    feed.add(cardBodies.card(request, heads.get(i), days.get(i), date, preferences, Cards.CardLength.SHORT,
                            all.get(i).id(), all.get(i).id() + "-title"));
                }
                Map<String, Object> model = site.model(today ? "Today's menus" : "Menus for " + PageDates.LONG_DAY.format(date),
                        "home");
                model.put("heading", today ? "Today, " + PageDates.LONG_DAY.format(date) : PageDates.LONG_DAY.format(date));
                model.put("date", date.toString());
                model.put("dates", dates.dateBar("/", date));
                model.put("cards", feed);
                model.put("prefs", preferences);
                return site.html(request, response, "home", model);
            });
            site.send(request, response, page);
        });
    }
}
