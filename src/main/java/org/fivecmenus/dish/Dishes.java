package org.fivecmenus.dish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fivecmenus.database.Database;

/**
 * Dishes as stored: one dish's every serving, and dishes by name. A search asks the index for the dishes
 * holding every letter pair of the query, then keeps those whose normal name contains it, so no query scans
 * the menus.
 */
@ApplicationScoped
public class Dishes {

    /** Candidates read per search: a two-letter query can match thousands; the best ranked come first. */
    static final int MAX_CANDIDATES = 2000;

    /** A dish with its servings, oldest first. */
    public record Found(Dish dish, List<DishServing> servings) {
    }

    @Inject
    Database database;

    /** The dish of the slug with every stored serving; empty for a dish never stored. */
    public Optional<Found> bySlug(String slug) {
        if (!DishNames.isSlug(slug)) {
            return Optional.empty();
        }
        return database.read(em -> Optional.ofNullable(em.find(Dish.class, slug)).map(dish -> new Found(dish,
                em.createNamedQuery(DishServing.OF_DISH, DishServing.class).setParameter("slug", slug)
                        .getResultList())));
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
        return database.read(em -> {
            List<String> candidates = em.createNamedQuery(Dish.MATCHING_GRAMS, String.class)
                    .setParameter("grams", grams).setParameter("count", (long) grams.size())
                    .setMaxResults(MAX_CANDIDATES).getResultList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            List<Dish> matching = em.createNamedQuery(Dish.BY_SLUGS, Dish.class).setParameter("slugs", candidates)
                    .getResultList().stream().filter(d -> d.getNormal().contains(needle))
                    .sorted(Comparator.comparingInt((Dish d) -> textRank(d.getNormal(), needle))
                            .thenComparing(Dish::getNormal))
                    .toList();
            Map<String, List<DishServing>> servings = servingsFrom(em, matching.stream().limit(limit * 4L)
                    .map(Dish::getSlug).toList(), from);
            return matching.stream().limit(limit * 4L)
                    .map(d -> new Found(d, servings.getOrDefault(d.getSlug(), List.of())))
                    .sorted(Comparator.comparingInt((Found f) -> textRank(f.dish().getNormal(), needle))
                            .thenComparing(f -> f.servings().isEmpty() ? LocalDate.MAX
                                    : f.servings().get(0).getServiceDate())
                            .thenComparing(f -> f.dish().getNormal()))
                    .limit(limit).toList();
        });
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
