package org.fivecmenus.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.fivecmenus.menu.model.MealPeriod;

/**
 * One regular service window: a hall serves {@code label} every {@code day} from {@code start} to {@code end}.
 * An {@code end} at or before {@code start} falls on the next calendar day ({@code 00:00} is midnight), and the
 * window still belongs to {@code day}, the day it opens.
 *
 * @param mealKey slug of the label, the meal's identity; compared with {@link OpeningHours#normaliseKey}
 * @param label   display label; when null the key is shown
 * @param period  when null it is derived from the label
 * @param estimated true unless a vendor source gave the times: such windows are shown as approximate
 * @param source  where the times come from, for the admin screens
 */
public record WeeklyHours(String hallId, DayOfWeek day, String mealKey, String label, MealPeriod period,
                          LocalTime start, LocalTime end, boolean active, boolean estimated, String source) {

    public WeeklyHours {
        Objects.requireNonNull(hallId, "hallId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (OpeningHours.normaliseKey(mealKey) == null || OpeningHours.normaliseKey(mealKey).isEmpty()) {
            throw new IllegalArgumentException("Weekly hours of " + hallId + " on " + day + " need a meal key");
        }
    }
}
