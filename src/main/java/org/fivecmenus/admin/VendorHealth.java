package org.fivecmenus.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fivecmenus.database.Database;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.upstream.FetchOutcome;
import org.fivecmenus.upstream.FetchReason;
import org.fivecmenus.upstream.KindHealth;
import org.fivecmenus.upstream.VendorFetch;
import org.fivecmenus.upstream.VendorKinds;

/**
 * How each hall's vendor has behaved: the last successful fetch, the runs and error rate over 24 hours, the
 * last error, and a format-drift alarm when the latest served menu parsed to far fewer dishes than usual; and each
 * vendor kind's own figures ({@link KindHealth}).
 */
@ApplicationScoped
public class VendorHealth {

    /** A served menu under this share of the usual dish count raises the drift alarm. */
    static final double DRIFT_RATIO = 0.5;
    static final int HISTORY = 10;

    /**
     * @param ahead24h of the runs, how many were made ahead of any request: refreshes of menus that were due and
     *                 the coming days read ahead
     */
    public record HallHealth(String hallId, String name, Instant lastSuccess, int runs24h, int ahead24h,
                             int failures24h, String errorRate, String lastError, Instant lastErrorAt, boolean drift,
                             String driftNote) {
    }

    @Inject
    Database database;

    @Inject
    Halls halls;

    @Inject
    Clock clock;

    @Inject
    VendorKinds kinds;

    /** Each vendor kind's own figures on this instance, for the kinds the halls use. */
    public List<KindHealth.Figures> kinds() {
        Set<String> used = halls.all().stream().map(HallView::vendorType).collect(Collectors.toSet());
        return kinds.all().stream().filter(kind -> used.contains(kind.name().id()))
                .map(kind -> kind.health().figures()).toList();
    }

    public List<HallHealth> report() {
        OffsetDateTime since = clock.instant().minus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC);
        Map<String, List<VendorFetch>> byHall = database.read(em -> em.createNamedQuery(VendorFetch.SINCE, VendorFetch.class)
                .setParameter("since", since).setMaxResults(20_000).getResultList()).stream()
                .collect(Collectors.groupingBy(VendorFetch::getHallId));
        Instant dayAgo = clock.instant().minus(Duration.ofHours(24));
        List<HallHealth> report = new ArrayList<>();
        for (HallView hall : halls.all()) {
            List<VendorFetch> fetches = byHall.getOrDefault(hall.id(), List.of());
            List<VendorFetch> lastDay = fetches.stream().filter(f -> f.getStartedAt().toInstant().isAfter(dayAgo)).toList();
            int failures = (int) lastDay.stream().filter(f -> f.getOutcome() == FetchOutcome.FAILED).count();
            int ahead = (int) lastDay.stream().filter(f -> FetchReason.REFRESH.slug().equals(f.getReason())
                    || FetchReason.PREFETCH.slug().equals(f.getReason())).count();
            VendorFetch lastSuccess = fetches.stream().filter(f -> f.getOutcome() != FetchOutcome.FAILED).findFirst().orElse(null);
            VendorFetch lastError = fetches.stream().filter(f -> f.getOutcome() == FetchOutcome.FAILED).findFirst().orElse(null);
            List<VendorFetch> served = fetches.stream()
                    .filter(f -> f.getOutcome() == FetchOutcome.SERVED && f.getItemCount() != null).limit(HISTORY + 1L).toList();
            String driftNote = drift(served);
            report.add(new HallHealth(hall.id(), hall.name(),
                    lastSuccess == null ? null : lastSuccess.getStartedAt().toInstant(), lastDay.size(), ahead, failures,
                    lastDay.isEmpty() ? "–" : Math.round(100.0 * failures / lastDay.size()) + " %",
                    lastError == null ? null : lastError.getError(),
                    lastError == null ? null : lastError.getStartedAt().toInstant(), driftNote != null, driftNote));
        }
        return report;
    }

    /** The latest served fetch against the median of the ones before it. */
    static String drift(List<VendorFetch> servedNewestFirst) {
        if (servedNewestFirst.size() < 4) {
            return null;
        }
        int latest = servedNewestFirst.get(0).getItemCount();
        List<Integer> before = servedNewestFirst.subList(1, servedNewestFirst.size()).stream()
                .map(VendorFetch::getItemCount).sorted(Comparator.naturalOrder()).toList();
        int median = before.get(before.size() / 2);
        if (latest < median * DRIFT_RATIO) {
            return "The last menu had " + latest + " dishes; usually about " + median
                    + ". The vendor's format may have changed.";
        }
        return null;
    }
}
