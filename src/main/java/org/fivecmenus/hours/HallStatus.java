package org.fivecmenus.hours;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One hall at one instant.
 *
 * @param currentMeal the open window with the latest start (ties: the later period); null when closed
 * @param openWindows every window open at the instant, by start; overlapping meals such as Malott's weekend
 *                    Brunch and Lunch both appear
 * @param closesAt    when the hall stops serving, not when the current meal ends (that is
 *                    {@code currentMeal.end()}): the latest end reached through open windows and the windows
 *                    that continue them without a gap, so Collins' Breakfast 07:30-09:00 followed by
 *                    Continental Breakfast 09:00-10:00 closes at 10:00; null when closed
 * @param nextOpening the first window starting after the instant (or, when open, after {@code closesAt})
 *                    within seven days; null if none
 */
public record HallStatus(String hallId, boolean open, ServiceWindow currentMeal, List<ServiceWindow> openWindows,
                         ZonedDateTime closesAt, ServiceWindow nextOpening) {

    /** "Last call": how long before it closes a hall is said to be closing soon. */
    public static final Duration CLOSING_SOON = Duration.ofMinutes(30);

    public HallStatus {
        Objects.requireNonNull(hallId, "hallId");
        openWindows = List.copyOf(openWindows);
        if (open != (currentMeal != null) || open != !openWindows.isEmpty() || open != (closesAt != null)) {
            throw new IllegalArgumentException("Inconsistent status for " + hallId + ": open=" + open
                    + ", currentMeal=" + currentMeal + ", openWindows=" + openWindows + ", closesAt=" + closesAt);
        }
    }

    /** Open, and closing within {@link #CLOSING_SOON} of the instant. */
    public boolean closingSoon(Instant at) {
        return open && !closesAt.toInstant().isAfter(at.plus(CLOSING_SOON));
    }
}
