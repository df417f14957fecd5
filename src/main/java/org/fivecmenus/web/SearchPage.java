package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.menu.MenuStore;

/** "Where is the pizza today, or this week?" over the menus already fetched; it never calls a vendor. */
@WebServlet(urlPatterns = "/search")
public class SearchPage extends HttpServlet {

    static final int MAX_HITS = 200;

    /** One dish found, as the page lists it. */
    public record Result(String hallId, String hall, String day, String href, String meal, String station,
                         String item) {
    }

    @Inject
    Site site;

    @Inject
    Halls halls;

    @Inject
    MenuStore store;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        String query = q == null ? "" : q.strip().replaceAll("\\s+", " ");
        Map<String, Object> model = site.model(query.isEmpty() ? "Search" : "Search: " + query, "search");
        model.put("q", query);
        if (query.isEmpty()) {
            site.render(request, response, "search", model);
            return;
        }
        if (query.length() < 2 || query.length() > 60) {
            model.put("problem", "Search for 2 to 60 letters, such as “pizza” or “tofu”.");
            site.render(request, response, 400, "search", model);
            return;
        }
        LocalDate today = site.today();
        Map<String, String> names = halls.all().stream().collect(Collectors.toMap(HallView::id, HallView::name));
        List<Result> results = store.search(query, today, today.plusDays(6), MAX_HITS).stream()
                .map(hit -> new Result(hit.hallId(), names.getOrDefault(hit.hallId(), hit.hallId()),
                        hit.date().equals(today) ? "Today" : Site.LONG_DAY.format(hit.date()),
                        "/halls/" + hit.hallId() + "?date=" + hit.date() + "&meal=" + hit.mealKey() + "#" + hit.date(),
                        hit.mealLabel(),
                        hit.station(), hit.item().name()))
                .toList();
        model.put("results", results);
        model.put("truncated", results.size() >= MAX_HITS);
        site.render(request, response, "search", model);
    }
}
