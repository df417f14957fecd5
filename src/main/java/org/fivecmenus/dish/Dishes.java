package org.fivecmenus.dish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fivecmenus.database.Database;
import org.fivecmenus.menu.UnsavedMenus;

/**
 * Dishes as stored, and as served: one dish's every serving, and dishes by name. A search asks the index for the
 * dishes holding every letter pair of the query, then keeps those whose normal name contains it, so no query
 * scans the menus. A menu is served before it is stored ({@link UnsavedMenus} writes behind the answer), so the
 * days still waiting to be stored are read from memory and take the place of their stored copies: a dish is
 * found as soon as a menu that has it is served.
 */
@ApplicationScoped
public class Dishes {

    /** Candidates read per search: a two-letter query can match thousands; the best ranked come first. */
    static final int MAX_CANDIDATES = 2000;

    /** Servings in menu order: by date, meal, hall, place on the menu (as the stored ones are read). */
    private static final Comparator<DishServing> MENU_ORDER = Comparator.comparing(DishServing::getServiceDate)
            .thenComparingInt(DishServing::getMealOrder).thenComparing(DishServing::getHallId)
            .thenComparingInt(DishServing::getPosition);

    /** A dish with its servings, oldest first. */
    public record Found(Dish dish, List<DishServing> servings) {
    }

    @Inject
    Database database;

    @Inject
    UnsavedMenus unsaved;

    /** The dish of the slug with every serving; empty for a dish never served. */
    public Optional<Found> bySlug(String slug) {
        if (!DishNames.isSlug(slug)) {
            return Optional.empty();
        }
        Pending pending = pending();
        Optional<Found> stored = database.read(em -> Optional.ofNullable(em.find(Dish.class, slug)).map(dish -> new Found(dish,
                em.createNamedQuery(DishServing.OF_DISH, DishServing.class).setParameter("slug", slug)
                        .getResultList())));
        List<DishServing> served = pending.servingsOf(slug, LocalDate.MIN);
        if (served.isEmpty() && (stored.isEmpty() || pending.days().isEmpty())) {
            return stored;
        }
        Dish dish = stored.map(Found::dish).orElseGet(() -> pending.dish(slug));
        return Optional.of(new Found(dish, pending.merged(stored.map(Found::servings).orElse(List.of()), served)));
    }

    /**
     * Dishes whose name contains the query in the normal form (any case, accents, plurals), best first: the
     * name itself, then names starting with it, then a word starting with it, then anywhere; within each, the
     * dish served soonest from {@code from} first, then by name. Each with its servings from {@code from} on.
     *
     * @return at most {@code limit} dishes; empty for a query with fewer than two letters or digits
     */
    public List<Found> search(String query, LocalDate from, int limit) {
        String needle = DishNames.normal(query);
        if (needle.length() < 2) {
            return List.of();
        }
        Set<String> grams = DishNames.grams(needle);
        Pending pending = pending();
        return database.read(em -> {
            List<String> candidates = em.createNamedQuery(Dish.MATCHING_GRAMS, String.class)
                    .setParameter("grams", grams).setParameter("count", (long) grams.size())
                    .setMaxResults(MAX_CANDIDATES).getResultList();
            Map<String, Dish> bySlug = new LinkedHashMap<>();
            if (!candidates.isEmpty()) {
                em.createNamedQuery(Dish.BY_SLUGS, Dish.class).setParameter("slugs", candidates).getResultList()
                        .forEach(dish -> bySlug.put(dish.getSlug(), dish));
            }
            pending.dishes().forEach(dish -> bySlug.putIfAbsent(dish.getSlug(), dish));
            List<Dish> matching = bySlug.values().stream().filter(d -> d.getNormal().contains(needle))
                    .sorted(Comparator.comparingInt((Dish d) -> textRank(d.getNormal(), needle))
                            .thenComparing(Dish::getNormal))
                    .limit(limit * 4L).toList();
            Map<String, List<DishServing>> servings = servingsFrom(em, matching.stream().map(Dish::getSlug).toList(),
                    from);
            return matching.stream()
                    .map(d -> new Found(d, pending.merged(servings.getOrDefault(d.getSlug(), List.of()),
                            pending.servingsOf(d.getSlug(), from))))
                    .sorted(Comparator.comparingInt((Found f) -> textRank(f.dish().getNormal(), needle))
                            .thenComparing(f -> f.servings().isEmpty() ? LocalDate.MAX
                                    : f.servings().get(0).getServiceDate())
                            .thenComparing(f -> f.dish().getNormal()))
                    .limit(limit).toList();
        });
    }

    private Pending pending() {
        return new Pending(unsaved.pending().stream().map(DishIndex.DayDishes::of).toList());
    }

    /** The days served and not stored yet, read from memory. */
    private record Pending(List<DishIndex.DayDishes> days) {

        List<DishServing> servingsOf(String slug, LocalDate from) {
            return days.stream().flatMap(day -> day.servings().stream())
                    .filter(s -> s.getDishSlug().equals(slug) && !s.getServiceDate().isBefore(from)).toList();
        }

        /** The stored servings but those of the days waiting here, which replace them with their own. */
        List<DishServing> merged(List<DishServing> stored, List<DishServing> served) {
            if (days.isEmpty()) {
                return stored;
            }
            List<DishServing> all = new ArrayList<>(served);
            stored.stream().filter(s -> days.stream().noneMatch(day -> day.hallId().equals(s.getHallId())
                    && day.date().equals(s.getServiceDate()))).forEach(all::add);
            all.sort(MENU_ORDER);
            return all;
        }

        Dish dish(String slug) {
            return days.stream().filter(day -> day.names().containsKey(slug)).findFirst().orElseThrow().dish(slug);
        }

        List<Dish> dishes() {
            Map<String, Dish> dishes = new LinkedHashMap<>();
            days.forEach(day -> day.names().keySet().forEach(slug -> dishes.computeIfAbsent(slug, day::dish)));
            return List.copyOf(dishes.values());
        }
    }

    private static Map<String, List<DishServing>> servingsFrom(EntityManager em, Collection<String> slugs,
                                                               LocalDate from) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(DishServing.OF_DISHES_FROM, DishServing.class).setParameter("slugs", slugs)
                .setParameter("from", from).getResultList().stream()
                .collect(Collectors.groupingBy(DishServing::getDishSlug, Collectors.mapping(Function.identity(),
                        Collectors.toCollection(ArrayList::new))));
    }

    /** 0: the name itself; 1: starts with it; 2: a word starts with it; 3: anywhere. */
    static int textRank(String normal, String needle) {
        if (normal.equals(needle)) {
            return 0;
        }
        if (normal.startsWith(needle)) {
            return 1;
        }
        return normal.contains(" " + needle) ? 2 : 3;
    }
}
