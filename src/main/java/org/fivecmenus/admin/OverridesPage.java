package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.web.PageDates;

/** One hall's date overrides: closed days and meals, changed times, special openings, with their reasons. */
@WebServlet(urlPatterns = "/admin/overrides")
public class OverridesPage extends HttpServlet {

    @Inject
    AdminPages pages;

    @Inject
    HoursEditor editor;

    @Inject
    PageDates dates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HallView hall = pages.hall(request.getParameter("hall"));
        if (hall == null) {
            response.sendRedirect("/admin/overrides");
            return;
        }
        show(request, response, 200, hall, List.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HallView hall = pages.hall(request.getParameter("hall"));
        if (hall == null) {
            response.sendRedirect("/admin/overrides");
            return;
        }
        String user = request.getRemoteUser();
        try {
            switch (String.valueOf(request.getParameter("action"))) {
                case "add" -> editor.addOverride(user, hall.id(), request.getParameter("kind"), request.getParameter("date"),
                        request.getParameter("meal"), request.getParameter("start"), request.getParameter("end"),
                        HoursPage.checked(request, "overnight"), request.getParameter("reason"));
                case "update" -> editor.updateOverride(user, HoursPage.id(request), request.getParameter("start"),
                        request.getParameter("end"), HoursPage.checked(request, "overnight"), request.getParameter("reason"));
                case "delete" -> editor.deleteOverride(user, HoursPage.id(request));
                default -> throw new HoursForm.Invalid(List.of("Unknown action."));
            }
        } catch (HoursForm.Invalid e) {
            show(request, response, 400, hall, e.problems());
            return;
        }
        pages.redirect(request, response, "/admin/overrides?hall=" + hall.id(), "Saved. Students see it at once.");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, HallView hall,
                      List<String> problems) throws IOException {
        Map<String, Object> model = pages.model(request, "Overrides · " + hall.name());
        model.put("hall", hall);
        model.put("overrides", editor.overrides(hall.id()));
        model.put("problems", problems);
        model.put("today", dates.today().toString());
        pages.render(request, response, status, "overrides", model);
    }
}
