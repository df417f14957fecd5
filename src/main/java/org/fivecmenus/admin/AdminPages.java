package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.web.Views;

/** What every admin page shares: the signed-in user, the CSRF token, one-off messages, never cached. */
@ApplicationScoped
public class AdminPages {

    private static final String FLASH = AdminPages.class.getName() + ".flash";

    @Inject
    Views views;

    @Inject
    Halls halls;

    public Map<String, Object> model(HttpServletRequest request, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("user", request.getRemoteUser());
        model.put("csrf", Csrf.token(request));
        model.put("halls", halls.all());
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(FLASH) instanceof String message) {
            model.put("flash", message);
            session.removeAttribute(FLASH);
        }
        return model;
    }

    public HallView hall(String id) {
        return id == null ? halls.all().get(0) : halls.find(id).orElse(null);
    }

    public List<HallView> allHalls() {
        return halls.all();
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        views.render(request, response, status, "admin/" + template, model);
    }

    /** Post/redirect/get, with a message shown once on the next page. */
    public void redirect(HttpServletRequest request, HttpServletResponse response, String location, String message)
            throws IOException {
        request.getSession(true).setAttribute(FLASH, message);
        response.sendRedirect(location);
    }
}
