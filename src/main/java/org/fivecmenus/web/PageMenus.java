package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.menu.Menus;
import org.fivecmenus.menu.PreparedDay;
import org.fivecmenus.problem.LogSafe;

/** The menus a page shows, waited for within the page's budget without holding a request thread. */
@ApplicationScoped
public class PageMenus {

    private static final Logger LOG = Logger.getLogger(PageMenus.class.getName());

    @Inject
    Menus menus;

    @Inject
    Hours hours;

    @Inject
    Site site;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Inject
    @ConfigProperty(name = "pages.wait-budget")
    Duration waitBudget;

    /** What a page does with its menus once they are at hand. */
    @FunctionalInterface
    public interface WithMenus {
        void render(List<PreparedDay> days) throws IOException;
    }

    /** Every hall's menu for one date, then the page; see {@link #withMenus}. */
    public void withMenus(HttpServletRequest request, HttpServletResponse response, List<HallView> halls,
                          LocalDate date, WithMenus page) throws IOException {
        withMenus(request, response, halls.stream().map(hall -> new Key(hall.id(), date)).toList(), page);
    }

    /** One hall's menus for several dates, then the page; see {@link #withMenus}. */
    public void withMenus(HttpServletRequest request, HttpServletResponse response, HallView hall,
                          List<LocalDate> dates, WithMenus page) throws IOException {
        withMenus(request, response, dates.stream().map(date -> new Key(hall.id(), date)).toList(), page);
    }

    private record Key(String hallId, LocalDate date) {
    }

    /**
     * Warm, every menu is in memory and this thread renders the page at once. Cold, the vendor calls run
     * together off the request threads ({@link Menus#day}), the request is suspended, holding no thread, and
     * the page is rendered on a container thread once every menu is there or {@code pages.wait-budget} has
     * passed: a slow vendor makes the days it has not answered yet say "loading", never the whole page wait for
     * it. The fetches go on and fill the caches for the next view.
     */
    private void withMenus(HttpServletRequest request, HttpServletResponse response, List<Key> keys, WithMenus page)
            throws IOException {
        List<CompletableFuture<PreparedDay>> days = keys.stream().map(key -> menus.day(key.hallId(), key.date()))
                .toList();
        if (days.stream().allMatch(CompletableFuture::isDone)) {
            page.render(atHand(days, keys));
            return;
        }
        AsyncContext suspended = request.startAsync(request, response);
        // The page is sent within the budget; this only guards against a render that never ends.
        suspended.setTimeout(waitBudget.plusSeconds(60).toMillis());
        CompletableFuture.allOf(days.toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, waitBudget.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, failure) -> suspended.start(() -> {
                    // A container thread, but outside the request's dispatch: beans that CDI scopes to a request
                    // (the servlet context Weld injects, say) need a request context of their own here.
                    RequestContextController scope = requestContexts.get();
                    scope.activate();
                    try {
                        page.render(atHand(days, keys));
                    } catch (IOException | RuntimeException e) {
                        failed(request, response, e);
                    } finally {
                        scope.deactivate();
                        requestContexts.destroy(scope);
                        suspended.complete();
                    }
                }));
    }

    /** Each day as it is now: the menu, or "loading" for a day whose vendor has not answered yet. */
    private List<PreparedDay> atHand(List<CompletableFuture<PreparedDay>> days, List<Key> keys) {
        List<PreparedDay> found = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            PreparedDay day = days.get(i).getNow(null);
            found.add(day != null ? day : PreparedDay.loading(keys.get(i).hallId(), keys.get(i).date(), hours.now()));
        }
        return found;
    }

    /** A page that failed after its request was suspended: what the error page would have said. */
    private void failed(HttpServletRequest request, HttpServletResponse response, Exception e) {
        LOG.log(Level.SEVERE, "Rendering " + LogSafe.text(request.getRequestURI()) + " failed", e);
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            site.error(request, response, 500, "Something went wrong",
                    "This page could not be shown. Please try again in a moment.");
        } catch (IOException | RuntimeException again) {
            LOG.log(Level.WARNING, "The error page failed too", again);
        }
    }
}
