package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fivecmenus.dish.DishNames;
import org.fivecmenus.dish.DishPages;
import org.fivecmenus.watch.WatchList;
import org.fivecmenus.watch.WatchTokens;

/**
 * The dishes this browser watches, and the private feeds of their coming servings. Watching is a plain form
 * post from a dish page or a search, so it works without JavaScript; the list lives in a cookie.
 */
@WebServlet(urlPatterns = "/watch")
public class WatchPage extends HttpServlet {

    /** A watched dish as the page lists it. */
    public record Watched(String slug, String name, String next) {
    }

    @Inject
    Site site;

    @Inject
    DishPages dishes;

    @Inject
    WatchTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WatchList list = WatchList.of(request);
        if (!list.isEmpty() && list.id() == null) {
            // A list from before ids: its feed URL was the same for everyone with these dishes.
            list = list.identified();
            response.addCookie(list.toCookie());
        }
        List<Watched> watched = list.slugs().stream().map(slug -> dishes.dish(slug)
                .map(d -> new Watched(slug, d.name(), d.next() == null ? null : d.next().hallName() + " · "
                        + PageDates.LONG_DAY.format(d.next().date()) + " · " + d.next().mealLabel()))
                .orElse(new Watched(slug, slug.replace('-', ' '), null))).toList();
        Map<String, Object> model = site.model("Dishes I watch", "watch");
        model.put("watched", watched);
        model.put("full", list.full());
        model.put("token", list.isEmpty() ? null : tokens.token(list));
        // It shows the private feed URLs: kept by no cache, so a replaced link leaves no copy behind.
        response.setHeader("Cache-Control", "no-store");
        site.render(request, response, "watch", model);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (crossSite(request)) {
            site.error(request, response, 403, "Not from this site",
                    "Watching a dish works from this site's own pages only.");
            return;
        }
        String slug = request.getParameter("dish");
        String action = request.getParameter("action");
        if ("renew".equals(action)) {
            WatchList list = WatchList.of(request);
            if (list.id() != null) {
                tokens.revoke(list.id());
            }
            response.addCookie(list.renewed().toCookie());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/watch");
            return;
        }
        if (!DishNames.isSlug(slug) || !("watch".equals(action) || "unwatch".equals(action))) {
            site.error(request, response, 400, "Nothing to watch",
                    "Use the “Watch” button on a dish's page or in a search.");
            return;
        }
        WatchList list = WatchList.of(request);
        WatchList changed = ("watch".equals(action) ? list.with(slug) : list.without(slug)).identified();
        response.addCookie(changed.toCookie());
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request.getParameter("back")));
    }

    /** Back to the page the form was on, when it is one of ours; else the watch list. */
    static String back(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.length() > 500) {
            return "/watch";
        }
        try {
            URI uri = URI.create(back);
            return uri.getScheme() == null && uri.getHost() == null ? back : "/watch";
        } catch (IllegalArgumentException e) {
            return "/watch";
        }
    }

    /**
     * A form posted from another site: browsers say so in Sec-Fetch-Site, older ones by an Origin that is not
     * ours. The cookie is only this browser's list, but no other site may change it.
     */
    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !(site.equals("same-origin") || site.equals("none"));
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host == null || !host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
