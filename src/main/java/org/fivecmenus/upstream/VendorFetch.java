package org.fivecmenus.upstream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One call to a vendor, kept for the health view (error rate, last success, format drift) for a while. */
@NamedQuery(name = VendorFetch.SINCE, query = "SELECT f FROM VendorFetch f WHERE f.startedAt >= :since "
        + "ORDER BY f.startedAt DESC")
@Entity
@Table(name = "vendor_fetch")
@NamedQuery(name = VendorFetch.PRUNE, query = "DELETE FROM VendorFetch f WHERE f.startedAt < :before")
public class VendorFetch {

    /** The fetches from an instant on, newest first; parameter {@code since}. */
    public static final String SINCE = "VendorFetch.since";

    static final String PRUNE = "VendorFetch.pruneBefore";

    @Id
    @SequenceGenerator(name = "vendor_fetch_seq", sequenceName = "vendor_fetch_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_fetch_seq")
    private Long id;

    @Column(name = "hall_id", nullable = false)
    private String hallId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(nullable = false)
    private String outcome;

    @Column(name = "item_count")
    private Integer itemCount;

    private String error;

    @Column(nullable = false)
    private String reason;

    protected VendorFetch() {
    }

    public VendorFetch(String hallId, LocalDate serviceDate, OffsetDateTime startedAt, long durationMs,
                       FetchOutcome outcome, Integer itemCount, String error, FetchReason reason) {
        this.reason = reason.slug();
        this.hallId = hallId;
        this.serviceDate = serviceDate;
        this.startedAt = startedAt;
        this.durationMs = durationMs;
        this.outcome = outcome.slug();
        this.itemCount = itemCount;
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public String getHallId() {
        return hallId;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public String getReason() {
        return reason;
    }

    public FetchOutcome getOutcome() {
        return FetchOutcome.fromSlug(outcome);
    }

    public Integer getItemCount() {
        return itemCount;
    }

    public String getError() {
        return error;
    }
}
