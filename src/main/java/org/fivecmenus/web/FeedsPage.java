package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.fivecmenus.http.PreparedResponses;
import org.fivecmenus.watch.WatchFeeds;
import org.fivecmenus.watch.WatchList;
import org.fivecmenus.watch.WatchTokens;

/** A watch list's private feeds: {@code /feeds/{token}.ics} for calendar apps, {@code .atom} for feed readers. */
@WebServlet(urlPatterns = "/feeds/*")
public class FeedsPage extends HttpServlet {

    /** Calendar apps poll; a revalidation is a 304 while nothing changed. The URL is private, so caches are too. */
    static final String CACHE_CONTROL = "private, max-age=900";

    @Inject
    Site site;

    @Inject
    WatchTokens tokens;

    @Inject
    WatchFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean ics = path.endsWith(".ics");
        boolean atom = path.endsWith(".atom");
        Optional<WatchList> list = ics || atom
                ? tokens.read(path.substring(0, path.lastIndexOf('.'))) : Optional.empty();
        if (list.isEmpty()) {
            site.error(request, response, 404, "No such feed",
                    "This feed address is not one this site made. Make a new one on the “Dishes I watch” page.");
            return;
        }
        PreparedResponses.write(request, response, ics ? feeds.ics(list.get())
                : feeds.atom(list.get(), request.getRequestURI()), CACHE_CONTROL);
    }
}
