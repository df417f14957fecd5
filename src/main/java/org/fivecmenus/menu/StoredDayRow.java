package org.fivecmenus.menu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fivecmenus.menu.model.DaySource;
import org.fivecmenus.menu.model.DayStatus;

/**
 * The stored row of a hall's day ({@link org.fivecmenus.menu.model.DayMenu} is the day itself): what the vendor
 * last said about it (served, closed or not published), from which source, and when.
 */
@Entity
@Table(name = "menu_day")
@IdClass(StoredDayRow.Key.class)
public class StoredDayRow {

    public record Key(String hallId, LocalDate serviceDate) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "hall_id")
    private String hallId;

    @Id
    @Column(name = "service_date")
    private LocalDate serviceDate;

    @Column(nullable = false)
    private String status;

    @Column(name = "fetched_at", nullable = false)
    private OffsetDateTime fetchedAt;

    @Column(nullable = false)
    private String source = DaySource.VENDOR.slug();

    protected StoredDayRow() {
    }

    public StoredDayRow(String hallId, LocalDate serviceDate) {
        this.hallId = hallId;
        this.serviceDate = serviceDate;
    }

    public void update(DayStatus status, DaySource source, OffsetDateTime fetchedAt) {
        this.status = status.name().toLowerCase(java.util.Locale.ROOT);
        this.source = source.slug();
        this.fetchedAt = fetchedAt;
    }

    public DaySource getSource() {
        return DaySource.valueOf(source.toUpperCase(java.util.Locale.ROOT));
    }

    public DayStatus getStatus() {
        return DayStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT));
    }

    public OffsetDateTime getFetchedAt() {
        return fetchedAt;
    }
}
