package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.fivecmenus.dish.DishPages;
import org.fivecmenus.dish.DishViews.DishView;
import org.fivecmenus.dish.DishViews.ServingView;
import org.fivecmenus.menu.model.TitleCase;
import org.fivecmenus.watch.WatchList;

/** "When is the cheeseburger on next, and where was it?": one dish across halls and days. */
@WebServlet(urlPatterns = "/dishes/*")
public class DishPage extends HttpServlet {

    /** A serving as the page lists it. */
    public record Row(String hallId, String hall, String day, String meal, String station, String href) {
    }

    @Inject
    Site site;

    @Inject
    DishPages dishes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String slug = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/$", "");
        Optional<DishView> found = dishes.dish(slug);
        if (found.isEmpty()) {
            site.error(request, response, 404, "No such dish",
                    "No menu stored here has a dish by that name. Search for it instead.");
            return;
        }
        DishView dish = found.get();
        LocalDate today = dishes.today();
        Map<String, Object> model = site.model(dish.name(), "search");
        model.put("dish", dish);
        model.put("watching", WatchList.of(request).contains(dish.slug()));
        response.setHeader("Cache-Control", "private, no-cache");
        model.put("next", dish.next() == null ? null : row(dish.next(), today));
        model.put("upcoming", dish.upcoming().stream().map(s -> row(s, today)).toList());
        model.put("past", dish.past().stream().limit(60).map(s -> row(s, today)).toList());
        model.put("tags", dish.tags().stream().map(MenuCards::badge).toList());
        site.render(request, response, "dish", model);
    }

    private static Row row(ServingView serving, LocalDate today) {
        String day = serving.date().equals(today.plusDays(1)) ? "Tomorrow" : PageDates.dayName(serving.date(), today);
        return new Row(serving.hallId(), serving.hallName(), day, serving.mealLabel(), TitleCase.ofOneCase(serving.station()),
                HallPage.mealLink(serving.hallId(), serving.date(), serving.meal()));
    }
}
