package org.fivecmenus.admin;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.fivecmenus.http.RequestParameters;

/** The admin area's cookies: only ever sent to /admin, never readable by script, never cross-site. */
final class AdminCookies {

    static final String SESSION = "admin_session";
    static final String FORM_FIELD = "_csrf";
    static final String FORM_HEADER = "X-CSRF-Token";

    private AdminCookies() {
    }

    static Cookie of(String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/admin");
        cookie.setHttpOnly(true);
        // Browsers accept Secure cookies from http://localhost too, so local use works.
        cookie.setSecure(true);
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }

    static String value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /**
     * The CSRF token a state-changing request carries: in the form's body or a header, never in the address
     * (addresses end up in logs, histories and Referer headers, and can be made up by another site's link).
     */
    static String formToken(HttpServletRequest request) {
        String header = request.getHeader(FORM_HEADER);
        return header != null ? header : RequestParameters.bodyField(request, FORM_FIELD);
    }
}
