package org.fivecmenus.dish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.menu.DayIndex;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.Station;

/** Keeps the dishes of every stored day: its servings, and each dish seen for the first time with its grams. */
@ApplicationScoped
public class DishIndex implements DayIndex {

    /** A day's dishes as the index holds them: each dish's slug and name, and every serving in menu order. */
    record DayDishes(String hallId, LocalDate date, Map<String, String> names, List<DishServing> servings) {

        /** Read from the menu, without any database: a day that serves nothing has none. */
        static DayDishes of(DayMenu day) {
            Map<String, String> names = new LinkedHashMap<>();
            List<DishServing> servings = new ArrayList<>();
            if (day.status() != DayStatus.SERVED) {
                return new DayDishes(day.hallId(), day.date(), names, servings);
            }
            for (int m = 0; m < day.meals().size(); m++) {
                Meal meal = day.meals().get(m);
                int position = 0;
                for (Station station : meal.stations()) {
                    for (Item item : station.items()) {
                        String slug = DishNames.slug(item.name());
                        if (slug.isEmpty()) {
                            continue;
                        }
                        names.putIfAbsent(slug, item.name());
                        servings.add(new DishServing(new DishServing.Key(day.hallId(), day.date(), cap(meal.key(), 64),
                                position++), slug, cap(item.name(), 300), cap(meal.label(), 100), m,
                                cap(station.name(), 200), item.tags(), item.allergens()));
                    }
                }
            }
            return new DayDishes(day.hallId(), day.date(), names, servings);
        }

        /** The dish of the slug as first seen on this day, for a dish no stored day has yet. */
        Dish dish(String slug) {
            String name = names.get(slug);
            return new Dish(slug, cap(name, 300), DishNames.normal(name));
        }
    }

    @Override
    public void replace(EntityManager em, DayMenu day) {
        em.createNamedQuery(DishServing.DELETE_DAY).setParameter("hall", day.hallId())
                .setParameter("date", day.date()).executeUpdate();
        DayDishes dishes = DayDishes.of(day);
        if (dishes.names().isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(em.createNamedQuery(Dish.KNOWN, String.class)
                .setParameter("slugs", dishes.names().keySet()).getResultList());
        // Dishes first: servings refer to them.
        for (String slug : dishes.names().keySet()) {
            if (known.add(slug)) {
                Dish dish = dishes.dish(slug);
                em.persist(dish);
                for (String gram : DishNames.grams(dish.getNormal())) {
                    em.persist(new DishGram(gram, slug));
                }
            }
        }
        em.flush();
        dishes.servings().forEach(em::persist);
    }

    /** Vendors do not bound their text; the columns do. */
    private static String cap(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
