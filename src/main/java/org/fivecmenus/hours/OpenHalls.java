package org.fivecmenus.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.fivecmenus.config.JsonConfig;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.WarmAnswers.Warm;

/**
 * The open-now answer: for "now" made once a minute (or when the hours change) and kept as bytes, for
 * {@link OpenNowResource} and {@link WarmOpenNow} alike.
 */
@ApplicationScoped
public class OpenHalls {

    private record Answer(long hoursVersion, Instant minute, Prepared body) {
    }

    @Inject
    Hours hours;

    @Inject
    Halls halls;

    private volatile Answer last;

    /** "Now" changes every minute. */
    public Warm now() {
        return new Warm(answerNow(), "public, max-age=60");
    }

    private Prepared answerNow() {
        Map<String, HallStatus> statuses = hours.statusesNow();
        long version = hours.version();
        Instant minute = hours.now().truncatedTo(ChronoUnit.MINUTES);
        Answer known = last;
        if (known != null && known.hoursVersion() == version && known.minute().equals(minute)) {
            return known.body();
        }
        Prepared body = answer(statuses, minute);
        last = new Answer(version, minute, body);
        return body;
    }

    /** At another instant; not kept. */
    public Prepared at(Instant instant) {
        return answer(hours.statusesAt(instant), instant);
    }

    private Prepared answer(Map<String, HallStatus> statuses, Instant at) {
        List<OpenHall> open = halls.all().stream()
                .filter(hall -> statuses.containsKey(hall.id()) && statuses.get(hall.id()).open())
                .map(hall -> openHall(hall, statuses.get(hall.id()), at))
                .toList();
        return Prepared.json(JsonConfig.jsonb().toJson(open));
    }

    private static OpenHall openHall(HallView hall, HallStatus status, Instant at) {
        ServiceWindow meal = status.currentMeal();
        boolean estimated = status.openWindows().stream().anyMatch(ServiceWindow::estimated);
        return new OpenHall(hall.id(), hall.name(), hall.college(), hall.color(),
                meal.period() == null ? meal.mealKey() : meal.period().slug(), meal.label(),
                status.closesAt().toOffsetDateTime(), status.closingSoon(at), estimated);
    }
}
