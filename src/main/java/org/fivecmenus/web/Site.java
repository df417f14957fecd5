package org.fivecmenus.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.menu.MenuResult;
import org.fivecmenus.menu.MenuWindow;
import org.fivecmenus.menu.Menus;
import org.fivecmenus.web.Cards.DateLink;

/** What every page shares: the date rules, the filters, the layout's model, and friendly error pages. */
@ApplicationScoped
public class Site {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.US);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    @Inject
    Views views;

    @Inject
    MenuWindow window;

    @Inject
    Menus menus;

    @Resource
    ManagedExecutorService executor;

    public LocalDate today() {
        return window.today();
    }

    /** The page's date from {@code ?date=}, or empty after rendering a friendly 400 page. */
    public LocalDate date(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String value = request.getParameter("date");
        LocalDate today = today();
        if (value == null || value.isBlank()) {
            return today;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(request, response, 400, "That is not a date",
                    "Dates look like " + today + ". Today's menus are on the home page.");
            return null;
        }
        if (!window.contains(date)) {
            error(request, response, 400, "No menus for that date",
                    "Menus are kept from " + LONG_DAY.format(window.first()) + " to "
                            + LONG_DAY.format(window.last()) + ".");
            return null;
        }
        return date;
    }

    /** Every hall's menu for one date, fetched side by side. */
    public List<MenuResult> menus(List<HallView> halls, LocalDate date) {
        return inParallel(halls.stream().map(hall -> (Supplier<MenuResult>) () -> menus.day(hall.id(), date)).toList());
    }

    /** One hall's menus for several dates, fetched side by side. */
    public List<MenuResult> menus(HallView hall, List<LocalDate> dates) {
        return inParallel(dates.stream().map(date -> (Supplier<MenuResult>) () -> menus.day(hall.id(), date)).toList());
    }

    /** On a cold cache the vendor calls run together, so a page waits for the slowest, not the sum. */
    private List<MenuResult> inParallel(List<Supplier<MenuResult>> fetches) {
        List<CompletableFuture<MenuResult>> running = fetches.stream()
                .map(fetch -> CompletableFuture.supplyAsync(fetch, executor)).toList();
        return running.stream().map(CompletableFuture::join).toList();
    }

    /** Today and the six days after it, for the date bar. */
    public List<DateLink> dateBar(String path, LocalDate selected) {
        List<DateLink> links = new ArrayList<>();
        LocalDate today = today();
        for (int i = 0; i < 7; i++) {
            LocalDate day = today.plusDays(i);
            links.add(new DateLink(i == 0 ? "Today" : DAY.format(day), path + (i == 0 ? "" : "?date=" + day),
                    day.equals(selected)));
        }
        return links;
    }

    public Preferences preferences(HttpServletRequest request, HttpServletResponse response) {
        Preferences preferences = Preferences.of(request);
        if (Preferences.savedBy(request)) {
            response.addCookie(preferences.toCookie());
        }
        return preferences;
    }

    public Map<String, Object> model(String title, String nav) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("nav", nav);
        model.put("diets", Preferences.DIETS);
        model.put("allergens", Preferences.ALLERGENS);
        return model;
    }

    public void render(HttpServletRequest request, HttpServletResponse response, String template,
                       Map<String, Object> model) throws IOException {
        render(request, response, 200, template, model);
    }

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, Object> model) throws IOException {
        // Pages change with the menus and the clock; let browsers revalidate rather than keep them.
        response.setHeader("Cache-Control", "no-cache");
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
