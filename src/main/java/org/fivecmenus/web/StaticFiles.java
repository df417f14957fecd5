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

/** {@code /static/…} from memory, with long-lived caching for fingerprinted URLs (see {@link Assets}). */
@WebServlet(urlPatterns = "/static/*")
public class StaticFiles extends HttpServlet {

    @Inject
    Assets assets;

    @Inject
    Site site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
