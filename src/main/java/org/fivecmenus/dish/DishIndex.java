package org.fivecmenus.dish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    @Override
    public void replace(EntityManager em, DayMenu day) {
        em.createNamedQuery(DishServing.DELETE_DAY).setParameter("hall", day.hallId())
                .setParameter("date", day.date()).executeUpdate();
        if (day.status() != DayStatus.SERVED) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<DishServing> servings = new ArrayList<>();
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
        if (names.isEmpty()) {
            return;
        }
        Set<String> known = new HashSet<>(em.createNamedQuery(Dish.KNOWN, String.class)
                .setParameter("slugs", names.keySet()).getResultList());
        // Dishes first: servings refer to them.
        for (var dish : names.entrySet()) {
            if (known.add(dish.getKey())) {
                String normal = DishNames.normal(dish.getValue());
                em.persist(new Dish(dish.getKey(), cap(dish.getValue(), 300), normal));
                for (String gram : DishNames.grams(normal)) {
                    em.persist(new DishGram(gram, dish.getKey()));
                }
            }
        }
        em.flush();
        servings.forEach(em::persist);
    }

    /** Vendors do not bound their text; the columns do. */
    private static String cap(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
