package org.fivecmenus.dish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fivecmenus.dish.DishViews.DishHitView;
import org.fivecmenus.dish.DishViews.DishView;
import org.fivecmenus.dish.DishViews.ServingView;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;

/** Dishes as views, for the API and the pages alike: split into past and upcoming around today. */
@ApplicationScoped
public class DishPages {

    /** Dishes a search answers at most. */
    public static final int MAX_HITS = 50;

    @Inject
    Dishes dishes;

    @Inject
    Halls halls;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Optional<DishView> dish(String slug) {
        LocalDate today = today();
        Map<String, String> names = hallNames();
        return dishes.bySlug(slug).map(found -> {
            List<ServingView> upcoming = new ArrayList<>();
            List<ServingView> past = new ArrayList<>();
            for (DishServing serving : found.servings()) {
                (serving.getServiceDate().isBefore(today) ? past : upcoming).add(ServingView.of(serving, names));
            }
            Collections.reverse(past);
            DishServing latest = found.servings().isEmpty() ? null : found.servings().get(found.servings().size() - 1);
            return new DishView(found.dish().getSlug(), found.dish().getName(),
                    latest == null ? List.of() : latest.tags(), latest == null ? null : latest.allergens(),
                    upcoming.isEmpty() ? null : upcoming.get(0), upcoming, past);
        });
    }

    /** @param query as typed; the caller has checked its length */
    public List<DishHitView> search(String query) {
        Map<String, String> names = hallNames();
        return dishes.search(query, today(), MAX_HITS).stream()
                .map(found -> new DishHitView(found.dish().getSlug(), found.dish().getName(),
                        found.servings().isEmpty() ? null : ServingView.of(found.servings().get(0), names),
                        found.servings().size()))
                .toList();
    }

    private Map<String, String> hallNames() {
        return halls.all().stream().collect(Collectors.toMap(HallView::id, HallView::name));
    }
}
