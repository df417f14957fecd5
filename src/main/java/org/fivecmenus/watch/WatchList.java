package org.fivecmenus.watch;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.fivecmenus.dish.DishNames;

/**
 * The dishes a student watches, kept in their browser (a cookie, like the filters) and in the feed URL made
 * from it: dish slugs and a random id, so there is no account and no personal data, yet two students with the
 * same dishes get different feed URLs, and one can replace its id to revoke the URLs made before
 * ({@link WatchTokens#revoke}). A list without an id (a cookie from before ids) gets one when it is next shown.
 */
public record WatchList(String id, List<String> slugs) {

    static final String COOKIE = "watch";
    /** Enough for a student's favourites; keeps the cookie and the feed URL short. */
    public static final int MAX = 20;

    public static final WatchList EMPTY = new WatchList(null, List.of());

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    /** Between the id and the slugs, in the cookie and the token: in neither alphabet. */
    static final char AFTER_ID = '~';

    public WatchList {
        slugs = List.copyOf(slugs);
        if (id != null && !isId(id)) {
            throw new IllegalArgumentException("not a watch list id");
        }
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** 128 random bits, URL-safe. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** This list with an id: its own, or a new one when it has none (an empty list needs none). */
    public WatchList identified() {
        return id != null || isEmpty() ? this : new WatchList(newId(), slugs);
    }

    /** The same dishes under a new id: the feed URLs change, and the old ones can be revoked. */
    public WatchList renewed() {
        return new WatchList(newId(), slugs);
    }

    /** The slugs of {@code joined} ("a,b"), each checked and once, at most {@link #MAX}; anything else dropped. */
    static WatchList parse(String joined) {
        if (joined == null || joined.length() > MAX * 200) {
            return EMPTY;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String slug : joined.split(",")) {
            if (DishNames.isSlug(slug) && kept.size() < MAX) {
                kept.add(slug);
            }
        }
        return new WatchList(null, new ArrayList<>(kept));
    }

    /** {@code id~slug.slug} as the cookie and the token hold it; a missing or malformed id is dropped. */
    static WatchList parseWithId(String value) {
        if (value == null) {
            return EMPTY;
        }
        int after = value.indexOf(AFTER_ID);
        String id = after < 0 ? null : value.substring(0, after);
        WatchList list = parse((after < 0 ? value : value.substring(after + 1)).replace('.', ','));
        return isId(id) ? new WatchList(id, list.slugs()) : list;
    }

    public static WatchList of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(COOKIE)) {
                    return parseWithId(cookie.getValue());
                }
            }
        }
        return EMPTY;
    }

    public boolean contains(String slug) {
        return slugs.contains(slug);
    }

    public boolean full() {
        return slugs.size() >= MAX;
    }

    public boolean isEmpty() {
        return slugs.isEmpty();
    }

    /** The list with the dish added last; unchanged when it is there already or the list is full. */
    public WatchList with(String slug) {
        if (!DishNames.isSlug(slug) || contains(slug) || full()) {
            return this;
        }
        List<String> more = new ArrayList<>(slugs);
        more.add(slug);
        return new WatchList(id, more);
    }

    public WatchList without(String slug) {
        List<String> fewer = new ArrayList<>(slugs);
        fewer.remove(slug);
        return new WatchList(id, fewer);
    }

    /** The id and the slugs; cookie values may not hold commas in every browser: dots join the slugs. */
    String joined() {
        return (id == null ? "" : id + AFTER_ID) + String.join(".", slugs);
    }

    public Cookie toCookie() {
        Cookie cookie = new Cookie(COOKIE, isEmpty() ? "" : joined());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(isEmpty() ? 0 : 60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
