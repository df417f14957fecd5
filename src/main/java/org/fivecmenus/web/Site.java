package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;

/**
 * How every page is answered: the layout's model, a template rendered or a kept page sent, and the friendly error
 * pages. The pages' dates are {@link PageDates}', their cards {@link CardBodies}', a student's filters
 * {@link Preferences}'.
 */
@ApplicationScoped
public class Site {

    @Inject
    Views views;

    /** A page as HTML, for keeping. */
    public String html(HttpServletRequest request, HttpServletResponse response, String template,
                       Map<String, Object> model) {
        return views.html(request, response, template, model);
    }

    public Map<String, Object> model(String title, String nav) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("nav", nav);
        model.put("diets", Preferences.DIETS);
        model.put("allergens", Preferences.ALLERGENS);
        return model;
    }

    /**
     * Sends a page kept as prepared bytes. Browsers revalidate (the page changes with menus and the clock) and
     * get a 304 while it has not; filters may come from a cookie, so caches must key on it too.
     */
    public void send(HttpServletRequest request, HttpServletResponse response, Prepared page) throws IOException {
        response.addHeader("Vary", "Cookie");
        PreparedResponses.write(request, response, page, "no-cache");
    }

    public void render(HttpServletRequest request, HttpServletResponse response, String template,
                       Map<String, Object> model) throws IOException {
        render(request, response, 200, template, model);
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        // Pages change with the menus and the clock; let browsers revalidate rather than keep them (unless the
        // page said more, as the watch list's no-store).
        if (!response.containsHeader("Cache-Control")) {
            response.setHeader("Cache-Control", "no-cache");
        }
        views.render(request, response, status, template, model);
    }

    public void error(HttpServletRequest request, HttpServletResponse response, int status, String heading,
                      String message) throws IOException {
        Map<String, Object> model = model(heading, "");
        model.put("status", status);
        model.put("heading", heading);
        model.put("message", message);
        response.setHeader("Cache-Control", "no-store");
        views.render(request, response, status, "error", model);
    }
}
