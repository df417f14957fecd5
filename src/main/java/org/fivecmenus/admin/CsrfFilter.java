package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fivecmenus.web.Site;

/** No state-changing request in the admin area without the session's CSRF token. Sign-in included. */

public class CsrfFilter extends HttpFilter {

    @Inject
    Site site;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && !Csrf.valid(request)) {
            site.error(request, response, 403, "This form has expired",
                    "For your safety the change was not made. Go back, reload the page and try again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
