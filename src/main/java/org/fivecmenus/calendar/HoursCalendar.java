package org.fivecmenus.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fivecmenus.campus.CurrentCampus;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hours.Hours;
import org.fivecmenus.hours.ServiceWindow;
import org.fivecmenus.http.Prepared;

/**
 * A hall's meal windows for the coming weeks as a calendar ({@code /halls/{id}/hours.ics}), overrides applied:
 * a closed meal is left out, a special opening is in, with its reason.
 */
@ApplicationScoped
public class HoursCalendar {

    static final int DAYS = 28;

    @Inject
    Hours hours;

    @Inject
    Halls halls;

    @Inject
    CurrentCampus campus;

    /** Empty for an unknown hall. The same bytes, and so the same ETag, until the hours or the day change. */
    public Optional<Prepared> of(String hallId) {
        Optional<HallView> found = halls.find(hallId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HallView hall = found.get();
        LocalDate today = hours.today();
        List<ICalendar.Event> events = new ArrayList<>();
        String domain = campus.campus().token();
        hours.windowsBetween(today, today.plusDays(DAYS - 1)).values().forEach(day -> day.stream()
                .filter(w -> w.hallId().equals(hallId)).forEach(w -> events.add(event(hall, w, domain))));
        byte[] feed = ICalendar.write(campus.campus().name(), hall.name() + " hours", hours.zone(), today.atStartOfDay(hours.zone()).toInstant(),
                events);
        return Optional.of(Prepared.of(feed, ICalendar.CONTENT_TYPE));
    }

    /** @param domain the right-hand side of the event's UID, the campus's {@code Campus.token()} */
    private static ICalendar.Event event(HallView hall, ServiceWindow window, String domain) {
        List<String> notes = new ArrayList<>();
        if (window.reason() != null) {
            notes.add(window.reason());
        }
        if (window.estimated()) {
            notes.add("Approximate hours");
        }
        return new ICalendar.Event(hall.id() + "-" + window.serviceDate() + "-" + window.mealKey() + "@" + domain,
                window.start(), window.end(), window.label() + " at " + hall.name(),
                hall.name() + ", " + hall.college(), notes.isEmpty() ? null : String.join(". ", notes), null, false);
    }
}
