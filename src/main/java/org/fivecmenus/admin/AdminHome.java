package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.menu.ServedDay;
import org.fivecmenus.menu.MenuWindow;
import org.fivecmenus.menu.Menus;
import org.fivecmenus.web.PageDates;

/** The admin dashboard: vendor health, a refetch button, and the latest changes. */
@WebServlet(urlPatterns = {"/admin", "/admin/refetch"})
public class AdminHome extends HttpServlet {

    @Inject
    AdminPages pages;

    @Inject
    VendorHealth health;

    @Inject
    Audit audit;

    @Inject
    Menus menus;

    @Inject
    PageDates dates;

    @Inject
    MenuWindow window;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/admin/refetch".equals(request.getServletPath())) {
            response.sendRedirect("/admin");
            return;
        }
        Map<String, Object> model = pages.model(request, "Admin");
        model.put("health", health.report());
        model.put("kinds", health.kinds());
        model.put("audit", audit.recent(30));
        model.put("today", dates.today().toString());
        pages.render(request, response, 200, "home", model);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HallView hall = pages.hall(request.getParameter("hall"));
        String asked = request.getParameter("date");
        LocalDate date = asked == null || asked.isBlank() ? null : window.accepts(asked).orElse(null);
        if (hall == null || date == null) {
            pages.redirect(request, response, "/admin", "Choose a hall and a date from " + window.first() + " to "
                    + window.last() + " to refetch.");
            return;
        }
        ServedDay result = menus.refetch(hall.id(), date).result();
        pages.redirect(request, response, "/admin", "Refetched " + hall.name() + " for " + date + ": " + result.status().slug()
                + (result.stale() ? " (the vendor failed; the stored copy is still shown)" : "") + ".");
    }
}
