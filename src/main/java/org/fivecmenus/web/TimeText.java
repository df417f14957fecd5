package org.fivecmenus.web;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write times of day and ages ("5:30 pm", "Thu 7:30 am", "12 min ago"): one way for every page. */
final class TimeText {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE h:mm a", Locale.US);

    private TimeText() {
    }

    static String ago(Duration elapsed) {
        long minutes = Math.max(0, elapsed.toMinutes());
        if (minutes < 2) {
            return "just now";
        }
        if (minutes < 90) {
            return minutes + " min ago";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 36) {
            return hours + " h ago";
        }
        return Math.round(hours / 24.0) + " days ago";
    }

    static String time(LocalTime time) {
        return TIME.format(time).toLowerCase(Locale.ROOT);
    }

    static String time(ZonedDateTime time) {
        return time(time, TIME);
    }

    static String time(ZonedDateTime time, DateTimeFormatter format) {
        return format.format(time).replace("AM", "am").replace("PM", "pm");
    }
}
