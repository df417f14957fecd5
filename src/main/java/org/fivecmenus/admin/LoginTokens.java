package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fivecmenus.database.Database;

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
    Database database;

    private volatile byte[] key;

    /** A fresh token for the form; its signed twin goes into the cookie. */
    public String issue(HttpServletResponse response) {
        String token = SignIns.random();
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
                && MessageDigest.isEqual(sign(token).getBytes(StandardCharsets.US_ASCII),
                cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    public void forget(HttpServletResponse response) {
        response.addCookie(AdminCookies.of(COOKIE, "", 0));
    }

    private String sign(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = Base64.getUrlDecoder().decode(sharedSecret());
            key = known;
        }
        return known;
    }

    /** The key every instance uses: made by the first one that needs it. */
    private String sharedSecret() {
        AppSecret stored = database.read(em -> em.find(AppSecret.class, KEY_NAME));
        if (stored != null) {
            return stored.getValue();
        }
        try {
            database.transaction(em -> {
                em.persist(new AppSecret(KEY_NAME, SignIns.random()));
            });
        } catch (PersistenceException | IllegalStateException anotherInstanceWasFirst) {
            // Read the winner's below.
        }
        return database.read(em -> em.find(AppSecret.class, KEY_NAME)).getValue();
    }
}
