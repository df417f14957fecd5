package org.fivecmenus.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time comes from one injected {@link Clock} in the dining halls' zone, so "today" and "open now" never
 * depend on the server's default zone.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "menus.timezone", defaultValue = "America/Los_Angeles")
    String timezone;

    // Dependent, not application-scoped: both are immutable values, and ZoneId cannot be proxied.
    @Produces
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    @Produces
    public Clock clock() {
        return Clock.system(ZoneId.of(timezone));
    }
}
