package org.fivecmenus.admin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Ends the sign-in on every instance at once (it lives in the shared database) and forgets the cookie. */
@WebServlet(urlPatterns = "/admin/logout")
public class LogoutAction extends HttpServlet {

    @Inject
    SignIns signIns;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signIns.end(AdminCookies.value(request, AdminCookies.SESSION));
        response.addCookie(AdminCookies.of(AdminCookies.SESSION, "", 0));
        response.sendRedirect("/");
    }
}
