package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fivecmenus.hall.HallView;

/** One hall's weekly hours as a grid of days and meals, with add, change, switch off and remove. */
@WebServlet(urlPatterns = "/admin/hours")
public class HoursPage extends HttpServlet {

    @Inject
    AdminPages pages;

    @Inject
    HoursEditor editor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HallView hall = pages.hall(request.getParameter("hall"));
        if (hall == null) {
            response.sendRedirect("/admin/hours");
            return;
        }
        show(request, response, 200, hall, List.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HallView hall = pages.hall(request.getParameter("hall"));
        if (hall == null) {
            response.sendRedirect("/admin/hours");
            return;
        }
        String user = request.getRemoteUser();
        try {
            String action = String.valueOf(request.getParameter("action"));
            switch (action) {
                case "add" -> editor.addWeekly(user, hall.id(), request.getParameterValues("day") == null ? List.of()
                                : Arrays.asList(request.getParameterValues("day")), request.getParameter("label"),
                        request.getParameter("start"), request.getParameter("end"), checked(request, "overnight"),
                        checked(request, "overlap"));
                case "update" -> editor.updateWeekly(user, id(request), request.getParameter("start"),
                        request.getParameter("end"), checked(request, "overnight"), checked(request, "active"),
                        checked(request, "overlap"));
                case "delete" -> editor.deleteWeekly(user, id(request));
                default -> throw new HoursForm.Invalid(List.of("Unknown action."));
            }
        } catch (HoursForm.Invalid e) {
            show(request, response, 400, hall, e.problems());
            return;
        }
        pages.redirect(request, response, "/admin/hours?hall=" + hall.id(), "Saved. Open-now and the pages use it at once.");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, HallView hall,
                      List<String> problems) throws IOException {
        Map<String, Object> model = pages.model(request, "Hours · " + hall.name());
        Map<DayOfWeek, List<HoursEditor.Row>> byDay = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, List.of());
        }
        byDay.putAll(editor.week(hall.id()).stream().collect(Collectors.groupingBy(HoursEditor.Row::day)));
        model.put("hall", hall);
        model.put("days", byDay.entrySet().stream()
                .map(e -> Map.of("name", HoursRules.name(e.getKey()), "value", e.getKey().getValue(), "rows", e.getValue()))
                .toList());
        model.put("problems", problems);
        pages.render(request, response, status, "hours", model);
    }

    static boolean checked(HttpServletRequest request, String name) {
        return request.getParameter(name) != null;
    }

    static long id(HttpServletRequest request) {
        try {
            return Long.parseLong(String.valueOf(request.getParameter("id")));
        } catch (NumberFormatException e) {
            throw new HoursForm.Invalid(List.of("That row does not exist; reload the page."));
        }
    }
}
