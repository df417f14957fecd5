package org.fivecmenus.menu;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The last good copy of one meal of one hall on one date, kept so a failing vendor still leaves students
 * something to read (marked stale). Stations and items are stored as the normalised JSON.
 */
@NamedQuery(name = StoredMealRow.OF_DAY, query = "SELECT m FROM StoredMealRow m WHERE m.hallId = :hall AND m.serviceDate = :date "
        + "ORDER BY m.mealOrder")
@Entity
@Table(name = "menu")
public class StoredMealRow {

    /** A hall's meals of a date in their order; parameters {@code hall}, {@code date}. */
    public static final String OF_DAY = "StoredMealRow.ofDay";

    @Id
    @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
    private Long id;

    @Column(name = "hall_id", nullable = false)
    private String hallId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(name = "meal_key", nullable = false)
    private String mealKey;

    private String period;

    @Column(nullable = false)
    private String label;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(name = "ends_at")
    private LocalTime endsAt;

    @Column(nullable = false)
    private String stations;

    @Column(name = "fetched_at", nullable = false)
    private OffsetDateTime fetchedAt;

    @Column(name = "meal_order", nullable = false)
    private int mealOrder;

    protected StoredMealRow() {
    }

    public StoredMealRow(String hallId, LocalDate serviceDate, String mealKey) {
        this.hallId = hallId;
        this.serviceDate = serviceDate;
        this.mealKey = mealKey;
    }

    public void update(int mealOrder, String label, String period, LocalTime startsAt, LocalTime endsAt,
                       String stations, OffsetDateTime fetchedAt) {
        this.mealOrder = mealOrder;
        this.label = label;
        this.period = period;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.stations = stations;
        this.fetchedAt = fetchedAt;
    }

    public Long getId() {
        return id;
    }

    public String getHallId() {
        return hallId;
    }

    public String getMealKey() {
        return mealKey;
    }

    public String getPeriod() {
        return period;
    }

    public String getLabel() {
        return label;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public LocalTime getEndsAt() {
        return endsAt;
    }

    public String getStations() {
        return stations;
    }
}
