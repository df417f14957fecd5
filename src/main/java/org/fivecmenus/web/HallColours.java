package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;

/**
 * Each hall's colour as a stylesheet: the Content-Security-Policy forbids inline styles, and colours are data.
 * Ids and colours come from our own seed data, and are checked anyway before they reach CSS.
 */
@WebServlet(urlPatterns = "/halls.css")
public class HallColours extends HttpServlet {

    @Inject
    Assets assets;

    /** Black or white, whichever contrasts more with the colour (WCAG relative luminance). */
    static String textOn(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#000" : "#fff";
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Prepared css = assets.hallColours();
        PreparedResponses.write(request, response, css, Assets.cacheControl(css, request.getParameter("v")));
    }
}
