package org.fivecmenus.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Settings of an {@link InContainerTest} class's application beyond the capture week's, as its environment
 * variables would be written: {@code "DISHES_BACKFILL_DELAY=PT1S"}; {@code without} removes a setting.
 *
 * <p>Such a class gets a deployment of its own.
 */
@OwnDeployment("its application has settings of its own")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AppSettings {

    String[] value() default {};

    String[] without() default {};

    /**
     * A campus file of {@code src/test/resources/campus} to run on instead of the built-in one, its sources
     * written with {@code http://vendor.stub} for the class's vendor stub.
     */
    String campus() default "";
}
