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
import org.fivecmenus.menu.MenuResult;
import org.fivecmenus.web.Cards.HallCard;

/** Today's (or another day's) menus of all seven halls in one feed. */
@WebServlet(urlPatterns = "")
public class HomePage extends HttpServlet {

    @Inject
    Site site;

    @Inject
    Halls halls;

    @Inject
    Hours hours;

    @Inject
    MenuCards cards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LocalDate date = site.date(request, response);
        if (date == null) {
            return;
        }
        Preferences preferences = site.preferences(request, response);
        boolean today = date.equals(site.today());
        Instant now = hours.now();
        Map<String, HallStatus> statuses = hours.statusesAt(now);
        Map<String, List<HoursOverride>> closures = hours.closuresOn(date).stream()
                .collect(Collectors.groupingBy(HoursOverride::hallId));
        Map<String, String> websites = halls.websites();
        String meal = request.getParameter("meal");
        List<HallView> all = halls.all();
        List<MenuResult> results = site.menus(all, date);
        List<HallCard> hallCards = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            HallView hall = all.get(i);
            hallCards.add(cards.card(hall, results.get(i), statuses.get(hall.id()),
                    closures.getOrDefault(hall.id(), List.of()), date, today, meal, preferences,
                    websites.get(hall.id()), now));
        }
        Map<String, Object> model = site.model(today ? "Today's menus" : "Menus for " + Site.LONG_DAY.format(date),
                "home");
        model.put("heading", today ? "Today, " + Site.LONG_DAY.format(date) : Site.LONG_DAY.format(date));
        model.put("date", date.toString());
        model.put("dates", site.dateBar("/", date));
        model.put("cards", hallCards);
        model.put("prefs", preferences);
        site.render(request, response, "home", model);
    }
}
