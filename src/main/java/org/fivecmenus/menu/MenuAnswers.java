package org.fivecmenus.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.http.WarmAnswers.Warm;

/** What {@link MenusResource} and {@link WarmMenus} share: the warm answer and its caching rule. */
@ApplicationScoped
public class MenuAnswers {

    @Inject
    Menus menus;

    @Inject
    Halls halls;

    @Inject
    MenuWindow window;

    @Inject
    Clock clock;

    /**
     * The answer without asking a vendor or the database, when the parameters are valid and the day (and the
     * meal asked for) is cached; empty for everything the resource must decide.
     */
    public Optional<Warm> warm(String hallId, String date, String meal, String view) {
        Optional<HallView> hall = halls.find(hallId);
        Optional<LocalDate> day = window.accepts(date);
        Optional<MenuForm> form = MenuForm.of(view);
        if (hall.isEmpty() || day.isEmpty() || form.isEmpty()) {
            return Optional.empty();
        }
        return menus.cached(hall.get().id(), day.get())
                .filter(PreparedDay::available)
                .flatMap(prepared -> (meal == null || meal.isBlank() ? Optional.of(prepared.day(form.get()))
                        : prepared.meal(meal.strip(), form.get())).map(body -> new Warm(body, cacheControl(prepared))));
    }

    /**
     * Clients may keep a fresh answer up to 5 minutes but never longer than the server keeps it; a stale copy
     * only briefly, so they soon see the fresh one.
     */
    public String cacheControl(PreparedDay prepared) {
        if (prepared.stale()) {
            return "public, max-age=60";
        }
        long keptFor = Math.max(0, Duration.between(clock.instant(), prepared.expiresAt()).toSeconds());
        return "public, max-age=" + Math.min(Duration.ofMinutes(5).toSeconds(), keptFor)
                + ", stale-while-revalidate=60, stale-if-error=86400";
    }
}
