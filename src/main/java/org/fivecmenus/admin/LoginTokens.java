package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.fivecmenus.signing.Signer;

/**
 * The sign-in form's CSRF token, before there is any session: a random value in the form and, signed, in a
 * short-lived cookie (double submit). The signing key lives in the shared database, so the form may be shown
 * by one instance and posted to another. Nothing is stored per visitor.
 */
@ApplicationScoped
public class LoginTokens {

    static final String COOKIE = "admin_login";
    private static final String KEY_NAME = "login-form";

    @Inject
    Signer signer;

    /** A fresh token for the form; its signed twin goes into the cookie. */
    public String issue(HttpServletResponse response) {
        String token = Signer.random();
        Cookie cookie = AdminCookies.of(COOKIE, token + "." + sign(token), 15 * 60);
        response.addCookie(cookie);
        return token;
    }

    /** Whether the posted form's token is the one this browser was given. */
    public boolean valid(HttpServletRequest request) {
        String given = AdminCookies.formToken(request);
        String cookie = AdminCookies.value(request, COOKIE);
        if (given == null || cookie == null || cookie.length() > 200) {
            return false;
        }
        int dot = cookie.indexOf('.');
        if (dot < 0) {
            return false;
        }
        String token = cookie.substring(0, dot);
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))
                && signer.verify(KEY_NAME, token, cookie.substring(dot + 1));
    }

    public void forget(HttpServletResponse response) {
        response.addCookie(AdminCookies.of(COOKIE, "", 0));
    }

    private String sign(String token) {
        return signer.sign(KEY_NAME, token);
    }
}
