package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.http.ClientAddress;
import org.fivecmenus.problem.LogSafe;

/**
 * The sign-in form of the admin area. Throttled, CSRF-checked ({@link AdminGate}), never cached. Showing it
 * stores nothing: the form's token travels in a signed cookie, and a sign-in exists only once a password
 * matched.
 */
@WebServlet(urlPatterns = "/admin/login")
public class LoginPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LoginPage.class.getName());

    @Inject
    LoginThrottle throttle;

    /** Reverse proxies whose X-Forwarded-For is believed (exact addresses, comma-separated). */
    @Inject
    @ConfigProperty(name = "http.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    AdminAccounts accounts;

    @Inject
    SignIns signIns;

    @Inject
    LoginTokens tokens;

    @Inject
    AdminPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (signIns.find(AdminCookies.value(request, AdminCookies.SESSION)).isPresent()) {
            response.sendRedirect("/admin");
            return;
        }
        show(request, response, 200, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = value(request.getParameter("username")).toLowerCase(Locale.ROOT);
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        String address = ClientAddress.of(request, ClientAddress.list(trustedProxies.orElse("")));
        if (user.isEmpty() || user.length() > 40 || password.isEmpty() || password.length() > 200) {
            show(request, response, 400, "Enter your user name and password.");
            return;
        }
        Optional<Duration> wait = throttle.waitBefore(user, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            LOG.warning(() -> "Sign-in refused for '" + LogSafe.text(user) + "' from " + LogSafe.text(address) + ": wait " + seconds + " s");
            response.setHeader("Retry-After", Long.toString(seconds));
            show(request, response, 429, "Too many failed attempts. Wait " + seconds
                    + (seconds == 1 ? " second" : " seconds") + " and try again.");
            return;
        }
        if (!accounts.matches(user, password)) {
            throttle.failed(user, address);
            LOG.warning(() -> "Failed sign-in for '" + LogSafe.text(user) + "' from " + LogSafe.text(address));
            show(request, response, 401, "Wrong user name or password.");
            return;
        }
        throttle.succeeded(user, address);
        // A new random token on every sign-in: nothing planted before it is worth anything after.
        response.addCookie(AdminCookies.of(AdminCookies.SESSION, signIns.start(user), (int) SignIns.LONGEST.toSeconds()));
        tokens.forget(response);
        LOG.info(() -> "Admin '" + LogSafe.text(user) + "' signed in from " + LogSafe.text(address));
        response.sendRedirect("/admin");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String error)
            throws IOException {
        request.setAttribute(AdminGate.CSRF, tokens.issue(response));
        Map<String, Object> model = pages.model(request, "Sign in");
        model.put("error", error);
        model.put("noAccounts", !accounts.any());
        pages.render(request, response, status, "login", model);
    }

    private static String value(String text) {
        return text == null ? "" : text.strip();
    }
}
