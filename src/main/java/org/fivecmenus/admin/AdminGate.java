package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;
import org.fivecmenus.web.Site;

/**
 * The door of the admin area (mapped in web.xml to /admin and /admin/*): every page but the sign-in form needs
 * a signed-in admin, and every state-changing request the CSRF token of its sign-in (or, for the sign-in form
 * itself, of the form). Nothing here is cached by anyone.
 *
 * <p>Why not Jakarta Security: its JASPIC bridge runs on every request of the whole application, public pages
 * included, and measured at a quarter of the CPU of a warm API answer (BENCHMARKS.md). This filter costs the
 * public site nothing, keeps no HTTP session, and works across instances through the database.
 */
public class AdminGate extends HttpFilter {

    /** The CSRF token the page's forms must carry. */
    static final String CSRF = AdminGate.class.getName() + ".csrf";
    static final String LOGIN_PATH = "/admin/login";

    @Inject
    SignIns signIns;

    @Inject
    LoginTokens loginTokens;

    @Inject
    Site site;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        boolean changes = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        if (LOGIN_PATH.equals(request.getServletPath())) {
            if (changes && !loginTokens.valid(request)) {
                expired(request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Optional<SignIns.Current> signedIn = signIns.find(AdminCookies.value(request, AdminCookies.SESSION));
        if (signedIn.isEmpty()) {
            if (changes) {
                expired(request, response);
            } else {
                response.sendRedirect(LOGIN_PATH);
            }
            return;
        }
        SignIns.Current current = signedIn.get();
        if (changes && !same(current.csrfToken(), AdminCookies.formToken(request))) {
            expired(request, response);
            return;
        }
        request.setAttribute(CSRF, current.csrfToken());
        chain.doFilter(new SignedIn(request, current.user()), response);
    }

    private void expired(HttpServletRequest request, HttpServletResponse response) throws IOException {
        site.error(request, response, 403, "This form has expired",
                "For your safety the change was not made. Go back, reload the page and try again.");
    }

    private static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /** The request as the admin pages see it: who is signed in, with the admin role. */
    private static final class SignedIn extends HttpServletRequestWrapper {

        private final String user;

        SignedIn(HttpServletRequest request, String user) {
            super(request);
            this.user = user;
        }

        @Override
        public String getRemoteUser() {
            return user;
        }

        @Override
        public Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return AdminAccounts.ROLE.equals(role);
        }
    }
}
