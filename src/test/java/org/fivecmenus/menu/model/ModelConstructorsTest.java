package org.fivecmenus.menu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The menu model is read back with JSON-B (cached copies, stored stations) on every server the WAR deploys to,
 * Payara 6 on JDK 17 among them. javac 21+ marks the parameters of a record's compact constructor as mandated, and
 * JDK 17's reflection then gives their types without type arguments: JSON-B there read a {@code List<Meal>} as a list
 * of maps. So no record of the model may have a compact canonical constructor (the JDK this test runs on reports
 * the mark as {@link Parameter#isImplicit()}).
 */
class ModelConstructorsTest {

    private static final List<Class<?>> RECORDS = List.of(DayMenu.class, Meal.class, Station.class, Item.class);

    @Test
    void noRecordReadWithJsonBHasACompactConstructor() throws NoSuchMethodException {
        for (Class<?> type : RECORDS) {
            Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> canonical = type.getDeclaredConstructor(components);

            assertThat(canonical.getParameters()).as(type.getSimpleName() + "'s canonical constructor")
                    .noneMatch(Parameter::isImplicit);
        }
    }
}
