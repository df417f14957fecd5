package org.fivecmenus.watch;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fivecmenus.dish.DishNames;

/**
 * The dishes a student watches, kept in their browser (a cookie, like the filters) and in the feed URL made
 * from it: dish slugs and nothing else, so there is no account and no personal data.
 */
public record WatchList(List<String> slugs) {

    static final String COOKIE = "watch";
    /** Enough for a student's favourites; keeps the cookie and the feed URL short. */
    public static final int MAX = 20;

    public static final WatchList EMPTY = new WatchList(List.of());

    public WatchList {
        slugs = List.copyOf(slugs);
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
        return new WatchList(new ArrayList<>(kept));
    }

    public static WatchList of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(COOKIE)) {
                    return parse(cookie.getValue().replace('.', ','));
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
        return new WatchList(more);
    }

    public WatchList without(String slug) {
        List<String> fewer = new ArrayList<>(slugs);
        fewer.remove(slug);
        return new WatchList(fewer);
    }

    String joined() {
        return String.join(",", slugs);
    }

    /** Cookie values may not hold commas in every browser: dots join the slugs, which never contain one. */
    public Cookie toCookie() {
        Cookie cookie = new Cookie(COOKIE, String.join(".", slugs));
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(isEmpty() ? 0 : 60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
