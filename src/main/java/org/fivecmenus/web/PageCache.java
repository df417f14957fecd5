package org.fivecmenus.web;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import org.fivecmenus.cache.MemoryCaches;
import org.fivecmenus.http.Prepared;

/**
 * Rendered HTML kept for reuse: card bodies (a hall's tabs and dishes for one menu, meal and filter set) and
 * whole pages as prepared bytes. A {@link PageKey} names everything the HTML was made from (the menu's version, the
 * hours' version, the badges, the filters, the date), so nothing here is ever invalidated: a change makes new keys,
 * and the old entries age out. Bounded by weight, so odd filter combinations cannot grow the heap.
 */
@ApplicationScoped
public class PageCache {

    @Inject
    MemoryCaches caches;

    private Cache<PageKey, String> bodies;
    private Cache<PageKey, Prepared> pages;

    @PostConstruct
    void init() {
        bodies = caches.sized(MemoryCaches.Name.CARD_BODIES, (PageKey key, String html) -> key.weight()
                + html.length() * 2).expireAfterAccess(Duration.ofHours(1)).build();
        pages = caches.sized(MemoryCaches.Name.PAGES, (PageKey key, Prepared page) -> key.weight() + page.weight())
                .expireAfterAccess(Duration.ofHours(1)).build();
    }

    /** The card body under the key, rendered now if it is not kept. */
    public String body(PageKey key, Supplier<String> render) {
        return bodies.get(key, k -> render.get());
    }

    /** The page under the key, rendered now if it is not kept. */
    public Prepared page(PageKey key, Supplier<String> render) {
        return pages.get(key, k -> Prepared.html(render.get()));
    }
}
