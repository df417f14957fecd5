package org.fivecmenus.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An {@link InContainerTest} class that cannot share the run's deployment, and why: its application has settings
 * of its own ({@link AppSettings}), or the class changes what the others read (a vendor's answers for days they
 * also ask for, stored as menus). It gets a deployment of its own and runs in Failsafe's own-deployments run
 * (the tag), paying a server's boot.
 */
@Tag("own-deployment")
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
public @interface OwnDeployment {

    /** Why the class cannot share. */
    String value();
}
