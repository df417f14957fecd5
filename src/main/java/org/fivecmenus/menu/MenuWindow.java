package org.fivecmenus.menu;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.config.Parameters;

/**
 * The dates menus are served for, and the one rule that decides them for the API, the pages and the admin's
 * refetch: a window around today in the halls' zone. Vendors publish a few weeks ahead and keep little history,
 * and a bounded window keeps anyone from making us fetch, cache and store arbitrary dates. However wide an
 * operator sets it (a demonstration of old captures needs months), it never reaches past the years that
 * {@link Parameters} accepts for any date.
 */
@ApplicationScoped
public class MenuWindow {

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "menus.window.past-days")
    int pastDays;

    @Inject
    @ConfigProperty(name = "menus.window.future-days")
    int futureDays;

    public MenuWindow() {
    }

    MenuWindow(Clock clock, int pastDays, int futureDays) {
        this.clock = clock;
        this.pastDays = pastDays;
        this.futureDays = futureDays;
        bound();
    }

    @PostConstruct
    void bound() {
        pastDays = Math.max(0, Math.min(pastDays, Parameters.DAYS_AROUND_TODAY));
        futureDays = Math.max(0, Math.min(futureDays, Parameters.DAYS_AROUND_TODAY));
    }

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

    /**
     * The menu date a client asked for ({@code ?date=}, absent or blank meaning today).
     *
     * @throws RefusedDate when it is not an ISO date or lies outside the window
     */
    public LocalDate date(String value) {
        LocalDate today = today();
        if (value == null || value.isBlank()) {
            return today;
        }
        LocalDate date = Parameters.isoDate(value).orElseThrow(() -> new RefusedDate("That is not a date",
                "'date' must be a date in ISO form such as " + today + ", not '" + value.strip() + "'."));
        if (!contains(date)) {
            throw new RefusedDate("No menus for that date", "'date' must be within " + pastDays + " days before and "
                    + futureDays + " days after today (" + today + "): from " + LONG_DAY.format(first()) + " to "
                    + LONG_DAY.format(last()) + ", not " + date + ".");
        }
        return date;
    }

    /** {@link #date}, or empty where it would refuse. */
    public Optional<LocalDate> accepts(String value) {
        try {
            return Optional.of(date(value));
        } catch (RefusedDate e) {
            return Optional.empty();
        }
    }

    /** A refused date: the API answers it as a 400 problem, the pages as a friendly 400 page with its title. */
    public static final class RefusedDate extends IllegalArgumentException {
        private final String title;

        RefusedDate(String title, String detail) {
            super(detail);
            this.title = title;
        }

        public String title() {
            return title;
        }
    }
}
