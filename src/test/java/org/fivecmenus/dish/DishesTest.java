package org.fivecmenus.dish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.fivecmenus.database.Database;
import org.fivecmenus.menu.UnsavedMenus;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.menu.model.Item;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.menu.model.Station;
import org.junit.jupiter.api.Test;

class DishesTest {

    private static final LocalDate DAY = LocalDate.parse("2025-12-04");

    @Test
    void theNameItselfRanksFirstThenItsStartThenAWordsStartThenAnywhere() {
        assertThat(Dishes.textRank("pizza", "pizza")).isZero();
        assertThat(Dishes.textRank("pizza bianca", "pizza")).isEqualTo(1);
        assertThat(Dishes.textRank("cheese pizza", "pizza")).isEqualTo(2);
        assertThat(Dishes.textRank("deep dishpizza", "pizza")).isEqualTo(3);
    }

    @Test
    void aDishOfAMenuServedButNotIndexedYetHasItsPageAndSearchHit() {
        Dishes dishes = dishes(nothingStored(), List.of(menu("frary", "Cauliflower Crust Pepperoni Pizza")));

        Dishes.Found found = dishes.bySlug(DishNames.slug("Cauliflower Crust Pepperoni Pizza")).orElseThrow();
        assertThat(found.dish().getName()).isEqualTo("Cauliflower Crust Pepperoni Pizza");
        assertThat(found.servings()).singleElement().satisfies(serving -> {
            assertThat(serving.getHallId()).isEqualTo("frary");
            assertThat(serving.getServiceDate()).isEqualTo(DAY);
            assertThat(serving.getStation()).isEqualTo("Pizza");
        });
        assertThat(dishes.search("pepperoni pizza", DAY, 10)).extracting(f -> f.dish().getSlug())
                .containsExactly(DishNames.slug("Cauliflower Crust Pepperoni Pizza"));
    }

    @Test
    void nothingServedIsNothingFound() {
        Dishes dishes = dishes(nothingStored(), List.of());

        assertThat(dishes.bySlug("cauliflower-crust-pepperoni-pizza")).isEmpty();
        assertThat(dishes.search("pizza", DAY, 10)).isEmpty();
    }

    private static Dishes dishes(Database database, List<DayMenu> pending) {
        Dishes dishes = new Dishes();
        dishes.database = database;
        dishes.unsaved = new UnsavedMenus() {
            @Override
            public List<DayMenu> pending() {
                return pending;
            }
        };
        return dishes;
    }

    private static DayMenu menu(String hallId, String dish) {
        return new DayMenu(hallId, DAY, DayStatus.SERVED, List.of(new Meal("lunch", "Lunch", MealPeriod.LUNCH, null,
                null, List.of(Station.of("Pizza", List.of(new Item(dish, null, false, List.of(), null, 300)))))));
    }

    /** A database that has stored nothing yet: every lookup finds nothing, every query answers no rows. */
    private static Database nothingStored() {
        Object query = Proxy.newProxyInstance(DishesTest.class.getClassLoader(),
                new Class<?>[] {jakarta.persistence.TypedQuery.class}, (proxy, method, args) ->
                        method.getName().equals("getResultList") ? List.of() : proxy);
        EntityManager em = (EntityManager) Proxy.newProxyInstance(DishesTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) ->
                        method.getName().startsWith("create") ? query : null);
        return new Database() {
            @Override
            public <T> T read(Function<EntityManager, T> work) {
                return work.apply(em);
            }
        };
    }
}
