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
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hours.HallStatus;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.hours.ServiceWindow;

/** Every hall at a glance: the open ones first with what they serve and until when, then the next openings. */
@WebServlet(urlPatterns = "/open-now")
public class OpenNowPage extends HttpServlet {

    /** One row of the dashboard. */
    public record Row(String id, String name, String college, boolean open, String meal, String when,
                      boolean estimated) {
    }

    @Inject
    Site site;

    @Inject
    Halls halls;

    @Inject
    Hours hours;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = hours.now();
        LocalDate today = LocalDate.ofInstant(now, hours.zone());
        Map<String, HallStatus> statuses = hours.statusesNow();
        List<Row> open = new ArrayList<>();
        List<Row> closed = new ArrayList<>();
        for (HallView hall : halls.all()) {
            HallStatus status = statuses.get(hall.id());
            if (status != null && status.open()) {
                ServiceWindow meal = status.currentMeal();
                open.add(new Row(hall.id(), hall.name(), hall.college(), true, meal.label(),
                        "until " + TimeText.time(status.closesAt())
                                + (status.closingSoon(now) ? " · closing soon" : ""), meal.estimated()));
            } else {
                ServiceWindow next = status == null ? null : status.nextOpening();
                String when = next == null ? "No opening in the next 7 days"
                        : next.serviceDate().equals(today) ? "opens at " + TimeText.time(next.start())
                        : "opens " + TimeText.time(next.start(), TimeText.DAY_TIME);
                closed.add(new Row(hall.id(), hall.name(), hall.college(), false, next == null ? null : next.label(),
                        when, next != null && next.estimated()));
            }
        }
        Map<String, Object> model = site.model("Open now", "open-now");
        model.put("open", open);
        model.put("closed", closed);
        model.put("asOf", TimeText.time(now.atZone(hours.zone()), TimeText.DAY_TIME));
        site.render(request, response, "open-now", model);
    }
}
