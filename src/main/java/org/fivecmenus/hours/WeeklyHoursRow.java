package org.fivecmenus.hours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The stored row of a weekly service window ({@link WeeklyHours} is what the rules read): a hall, an ISO day
 * of week and a meal (keyed by the slug of its label, since one
 * day may hold two meals of one period). An end at or before the start ends on the next calendar day.
 */
@NamedQuery(name = WeeklyHoursRow.ALL, query = "SELECT h FROM WeeklyHoursRow h")
@NamedQuery(name = WeeklyHoursRow.OF_HALL, query = "SELECT h FROM WeeklyHoursRow h WHERE h.hallId = :hall")
@Entity
@Table(name = "dining_hours")
public class WeeklyHoursRow {

    public static final String ALL = "WeeklyHoursRow.all";
    /** A hall's weekly rows; parameter {@code hall}. */
    public static final String OF_HALL = "WeeklyHoursRow.ofHall";

    @Id
    @SequenceGenerator(name = "dining_hours_seq", sequenceName = "dining_hours_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dining_hours_seq")
    private Long id;

    @Column(name = "hall_id", nullable = false)
    private String hallId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "meal_key", nullable = false)
    private String mealKey;

    @Column(nullable = false)
    private String label;

    private String period;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private boolean estimated;

    private String source;

    @Column(name = "overlap_allowed", nullable = false)
    private boolean overlapAllowed;

    /** Written by the campus file, which may change it again; false once an operator added or edited it. */
    @Column(name = "from_campus", nullable = false)
    private boolean fromCampus;

    protected WeeklyHoursRow() {
    }

    public WeeklyHoursRow(String hallId, DayOfWeek day, String mealKey, String label, String period,
                       LocalTime startTime, LocalTime endTime, boolean active, boolean estimated, String source) {
        this.hallId = hallId;
        this.dayOfWeek = day.getValue();
        this.mealKey = mealKey;
        this.label = label;
        this.period = period;
        this.startTime = startTime;
        this.endTime = endTime;
        this.active = active;
        this.estimated = estimated;
        this.source = source;
    }

    public Long getId() {
        return id;
    }

    public String getHallId() {
        return hallId;
    }

    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of(dayOfWeek);
    }

    public String getMealKey() {
        return mealKey;
    }

    public String getLabel() {
        return label;
    }

    public String getPeriod() {
        return period;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isEstimated() {
        return estimated;
    }

    public String getSource() {
        return source;
    }

    public boolean isOverlapAllowed() {
        return overlapAllowed;
    }

    /** An operator's correction: the times are now known, no longer an estimate. */
    public void edit(LocalTime startTime, LocalTime endTime, boolean active, boolean overlapAllowed, String source) {
        this.startTime = startTime;
        this.endTime = endTime;
        this.active = active;
        this.overlapAllowed = overlapAllowed;
        this.estimated = false;
        this.source = source;
        this.fromCampus = false;
    }

    public void allowOverlap(boolean overlapAllowed) {
        this.overlapAllowed = overlapAllowed;
    }
}
