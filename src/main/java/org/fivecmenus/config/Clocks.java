package org.fivecmenus.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Time comes from one injected {@link Clock} in the dining halls' zone (the campus file's), so "today" and "open
 * now" never depend on the server's default zone.
 *
 * <p>{@code menus.clock.start} sets the clock to another moment at startup, from which it keeps running: for
 * demonstrations and tests on captured menus, whose dates are in the past.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class.getName());

    /** The campus's (campus.CurrentCampus). */
    @Inject
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "menus.clock.start")
    Optional<String> start;

    private Clock clock;

    @PostConstruct
    void init() {
        Clock system = Clock.system(zone);
        clock = start.filter(s -> !s.isBlank())
                .map(s -> {
                    LOG.warning(() -> "The clock starts at " + s + " (menus.clock.start), not at the real time");
                    return Clock.offset(system, Duration.between(system.instant(), OffsetDateTime.parse(s).toInstant()));
                })
                .orElse(system);
    }

    // Dependent, not application-scoped: an immutable value.
    @Produces
    public Clock clock() {
        return clock;
    }
}
