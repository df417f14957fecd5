package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fivecmenus.menu.MenuWindow;
import org.fivecmenus.web.Cards.DateLink;

/**
 * The pages' dates: today in the campus's zone, the date a page is asked for (within the dates menus are kept for,
 * {@link MenuWindow}, as the API's), the date bar, and how a day is named.
 */
@ApplicationScoped
public class PageDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.US);
    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    @Inject
    MenuWindow window;

    @Inject
    Site site;

    public LocalDate today() {
        return window.today();
    }

    /** The page's date from {@code ?date=}; null when it was refused, after rendering the friendly 400 page. */
    public LocalDate date(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return window.date(request.getParameter("date"));
        } catch (MenuWindow.RefusedDate refused) {
            site.error(request, response, 400, refused.title(),
                    refused.getMessage() + " Today's menus are on the home page.");
            return null;
        }
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

    /** "Today", else "Saturday, December 6": how pages name a day. */
    public static String dayName(LocalDate date, LocalDate today) {
        return date.equals(today) ? "Today" : LONG_DAY.format(date);
    }
}
