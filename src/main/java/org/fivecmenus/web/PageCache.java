package org.fivecmenus.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.fivecmenus.http.Prepared;

/**
 * Rendered HTML kept for reuse: card bodies (a hall's tabs and dishes for one menu, meal and filter set) and
 * whole pages as prepared bytes. A {@link PageKey} names everything the HTML was made from (the menu's version, the
 * hours' version, the badges, the filters, the date), so nothing here is ever invalidated: a change makes new keys,
 * and the old entries age out. Bounded by weight, so odd filter combinations cannot grow the heap.
 */
@ApplicationScoped
public class PageCache {

    private final Cache<PageKey, String> bodies = Caffeine.newBuilder()
            .maximumWeight(8L << 20)
            .weigher((PageKey key, String html) -> key.weight() + html.length() * 2)
            .expireAfterAccess(Duration.ofHours(1))
            .executor(Runnable::run)
            .build();

    private final Cache<PageKey, Prepared> pages = Caffeine.newBuilder()
            .maximumWeight(16L << 20)
            .weigher((PageKey key, Prepared page) -> key.weight() + page.weight())
            .expireAfterAccess(Duration.ofHours(1))
            .executor(Runnable::run)
            .build();

    /** The card body under the key, rendered now if it is not kept. */
    public String body(PageKey key, Supplier<String> render) {
        return bodies.get(key, k -> render.get());
    }

    /** The page under the key, rendered now if it is not kept. */
    public Prepared page(PageKey key, Supplier<String> render) {
        return pages.get(key, k -> Prepared.html(render.get()));
    }
}
