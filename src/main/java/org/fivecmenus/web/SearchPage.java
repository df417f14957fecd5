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
import org.fivecmenus.dish.DishNames;
import org.fivecmenus.dish.DishPages;
import org.fivecmenus.dish.DishViews.ServingView;
import org.fivecmenus.menu.model.TitleCase;
import org.fivecmenus.watch.WatchList;

/**
 * "Where is the pizza today, or this week?" over every menu stored (dish/Dishes, an index, never a vendor call):
 * each dish found links to its own page, with its next serving.
 */
@WebServlet(urlPatterns = "/search")
public class SearchPage extends HttpServlet {

    /** One dish found, as the page lists it; {@code next} and {@code nextHref} null when none is coming. */
    public record Result(String slug, String hallId, String name, String href, String next, String nextHref,
                         int upcoming, boolean watched) {
    }

    @Inject
    Site site;

    @Inject
    PageDates dates;

    @Inject
    DishPages dishes;

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
        if (query.length() < 2 || query.length() > 60 || DishNames.normal(query).length() < 2) {
            model.put("problem", "Search for 2 to 60 letters, such as “pizza” or “tofu”.");
            site.render(request, response, 400, "search", model);
            return;
        }
        LocalDate today = dates.today();
        WatchList watching = WatchList.of(request);
        List<Result> results = dishes.search(query).stream().map(hit -> {
            ServingView next = hit.next();
            String day = next == null ? null : PageDates.dayName(next.date(), today);
            return new Result(hit.slug(), next == null ? null : next.hallId(), hit.name(), "/dishes/" + hit.slug(),
                    next == null ? null : next.hallName() + " · " + day + " · " + next.mealLabel() + " · "
                            + TitleCase.ofOneCase(next.station()),
                    next == null ? null : HallPage.mealLink(next.hallId(), next.date(), next.meal()),
                    hit.upcoming(), watching.contains(hit.slug()));
        }).toList();
        model.put("results", results);
        model.put("truncated", results.size() >= DishPages.MAX_HITS);
        site.render(request, response, "search", model);
    }
}
