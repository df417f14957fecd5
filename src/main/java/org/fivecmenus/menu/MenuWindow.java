package org.fivecmenus.menu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dates menus are served for: a window around today in the halls' zone. Vendors publish a few weeks ahead
 * and keep little history, and a bounded window keeps anyone from making us fetch arbitrary dates.
 */
@ApplicationScoped
public class MenuWindow {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "menus.window.past-days", defaultValue = "7")
    int pastDays;

    @Inject
    @ConfigProperty(name = "menus.window.future-days", defaultValue = "14")
    int futureDays;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDate first() {
        return today().minusDays(pastDays);
    }

    public LocalDate last() {
        return today().plusDays(futureDays);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    public int pastDays() {
        return pastDays;
    }

    public int futureDays() {
        return futureDays;
    }
}
