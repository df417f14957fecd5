package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.web.Views;

/** What every admin page shares: the signed-in user, the CSRF token, one-off messages, never cached. */
@ApplicationScoped
public class AdminPages {

    /** A message for the next page, in a cookie: the admin area keeps no session. */
    private static final String FLASH = "admin_flash";

    @Inject
    Views views;

    @Inject
    Halls halls;

    public Map<String, Object> model(HttpServletRequest request, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("user", request.getRemoteUser());
        model.put("csrf", request.getAttribute(AdminGate.CSRF));
        model.put("halls", halls.all());
        model.put("flash", flash(request));
        return model;
    }

    private static String flash(HttpServletRequest request) {
        String value = AdminCookies.value(request, FLASH);
        if (value == null || value.length() > 600) {
            return null;
        }
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    public HallView hall(String id) {
        return id == null ? halls.all().get(0) : halls.find(id).orElse(null);
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (AdminCookies.value(request, FLASH) != null) {
            response.addCookie(AdminCookies.of(FLASH, "", 0));
        }
        views.render(request, response, status, "admin/" + template, model);
    }

    /** Post/redirect/get, with a message shown once on the next page. */
    public void redirect(HttpServletRequest request, HttpServletResponse response, String location, String message)
            throws IOException {
        String text = message.length() > 300 ? message.substring(0, 300) : message;
        response.addCookie(AdminCookies.of(FLASH, URLEncoder.encode(text, StandardCharsets.UTF_8), 60));
        response.sendRedirect(location);
    }
}
