package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;

/**
 * {@code /static/…} from memory, with long-lived caching for fingerprinted URLs (see {@link Assets}), and the
 * service worker at {@code /sw.js}: at the root, so that its scope is the whole site, and revalidated on every
 * check so that a deploy's new worker is picked up at once.
 */
@WebServlet(urlPatterns = {"/static/*", "/sw.js"})
public class StaticFiles extends HttpServlet {

    @Inject
    Assets assets;

    @Inject
    Site site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/sw.js".equals(request.getServletPath())) {
            PreparedResponses.write(request, response, assets.file("sw.js").orElseThrow(), "no-cache");
            return;
        }
        String path = request.getPathInfo();
        Optional<Prepared> file = assets.file(path == null ? null : path.substring(1));
        if (file.isEmpty()) {
            site.error(request, response, 404, "Page not found",
                    "There is nothing at this address. The menus are on the home page.");
            return;
        }
        PreparedResponses.write(request, response, file.get(), Assets.cacheControl(file.get(), request.getParameter("v")));
    }
}
