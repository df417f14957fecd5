package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/** The sign-in form of the admin area. Throttled, CSRF-checked (by {@link CsrfFilter}), never cached. */
@WebServlet(urlPatterns = "/admin/login")
public class LoginPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LoginPage.class.getName());

    @Inject
    SecurityContext security;

    @Inject
    LoginThrottle throttle;

    @Inject
    AdminAccounts accounts;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRemoteUser() != null) {
            response.sendRedirect("/admin");
            return;
        }
        show(request, response, 200, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = value(request.getParameter("username")).toLowerCase(Locale.ROOT);
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        String address = request.getRemoteAddr();
        if (user.isEmpty() || user.length() > 40 || password.isEmpty() || password.length() > 200) {
            show(request, response, 400, "Enter your user name and password.");
            return;
        }
        if (throttle.blocked(user, address)) {
            LOG.warning(() -> "Sign-in refused for '" + user + "' from " + address + ": too many failures");
            response.setHeader("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
            show(request, response, 429, "Too many failed attempts. Try again in "
                    + LoginThrottle.WINDOW.toMinutes() + " minutes.");
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(user, new Password(password))).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            throttle.succeeded(user);
            LOG.info(() -> "Admin '" + user + "' signed in from " + address);
            if (!response.isCommitted()) {
                // A new session id after sign-in, so an id planted before it is worthless.
                request.changeSessionId();
                response.sendRedirect("/admin");
            }
            return;
        }
        throttle.failed(user, address);
        LOG.warning(() -> "Failed sign-in for '" + user + "' from " + address);
        // A failed attempt leaves the authentication mechanism's state in the session; start clean.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        show(request, response, 401, "Wrong user name or password.");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String error)
            throws IOException {
        Map<String, Object> model = pages.model(request, "Sign in");
        model.put("error", error);
        model.put("noAccounts", !accounts.any());
        pages.render(request, response, status, "login", model);
    }

    private static String value(String text) {
        return text == null ? "" : text.strip();
    }
}
