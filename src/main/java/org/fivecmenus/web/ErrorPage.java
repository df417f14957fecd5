package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fivecmenus.problem.Causes;
import org.fivecmenus.problem.DatabaseUnavailableException;
import org.fivecmenus.problem.LogSafe;
import org.fivecmenus.problem.Problem;

/** Friendly pages for errors outside the API (web.xml sends them here); the API answers problem JSON itself. */
@WebServlet(urlPatterns = "/error")
public class ErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    Site site;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean databaseDown = error != null && Causes.find(error, DatabaseUnavailableException.class).isPresent();
        if (error != null && !databaseDown) {
            LOG.log(Level.SEVERE, "Error on " + LogSafe.text(uri), error);
        }
        response.resetBuffer();
        if (uri instanceof String path && path.startsWith("/api/")) {
            // What reaches an error page under the API got past JAX-RS (a server-level 406, 501…): still a problem.
            Response.Status known = Response.Status.fromStatusCode(status);
            Problem.of(known != null ? known : Response.Status.INTERNAL_SERVER_ERROR,
                    known != null && status < 500 ? "The request was not understood." : "Something went wrong.",
                    path).write(response);
            return;
        }
        if (databaseDown) {
            response.setHeader("Retry-After", "30");
            site.error(request, response, 503, "Menus are briefly unavailable",
                    "We cannot reach our database right now. Please try again in a minute.");
            return;
        }
        switch (status) {
            case 404 -> site.error(request, response, 404, "Page not found",
                    "There is nothing at this address. The menus are on the home page.");
            case 400 -> site.error(request, response, 400, "That request did not make sense",
                    "Something in the address was not understood.");
            case 405 -> site.error(request, response, 405, "Not allowed", "This page can only be read.");
            case 406 -> site.error(request, response, 406, "Not available in that form",
                    "This address has no answer in the format your browser asked for.");
            case 413 -> site.error(request, response, 413, "Too much to send",
                    "That form was far larger than any form on this site. Nothing was changed.");
            case 412 -> site.error(request, response, 412, "Changed meanwhile",
                    "This page changed since you last saw it. Reload it.");
            case 503 -> site.error(request, response, 503, "Menus are briefly unavailable",
                    "Please try again in a minute.");
            default -> site.error(request, response, status >= 500 ? 500 : status, "Something went wrong",
                    "We could not show this page. Please try again in a minute.");
        }
    }
}
