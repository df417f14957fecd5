package org.fivecmenus.hours;

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

/**
 * The stored row of a date override ({@link HoursOverride} is what the rules read), one hall's change on one
 * service date: a meal closed (meal, no times), the whole day closed
 * (meal key {@value #WHOLE_DAY}, no times), changed times, or a special opening (a meal with no weekly row).
 */
@NamedQuery(name = HoursOverrideRow.ALL, query = "SELECT o FROM HoursOverrideRow o")
@NamedQuery(name = HoursOverrideRow.OF_HALL_FROM, query = "SELECT o FROM HoursOverrideRow o WHERE o.hallId = :hall "
        + "AND o.serviceDate >= :from ORDER BY o.serviceDate, o.mealKey")
@NamedQuery(name = HoursOverrideRow.OF_HALL_DATE_MEAL, query = "SELECT o FROM HoursOverrideRow o "
        + "WHERE o.hallId = :hall AND o.serviceDate = :date AND o.mealKey = :key")
@Entity
@Table(name = "hours_override")
public class HoursOverrideRow {

    public static final String ALL = "HoursOverrideRow.all";
    /** A hall's overrides from a date on; parameters {@code hall}, {@code from}. */
    public static final String OF_HALL_FROM = "HoursOverrideRow.ofHallFrom";
    /** The override of a hall, date and meal key (or {@link #WHOLE_DAY}); parameters {@code hall}, {@code date}, {@code key}. */
    public static final String OF_HALL_DATE_MEAL = "HoursOverrideRow.ofHallDateMeal";

    /** Stored instead of NULL so that the unique constraint also covers whole-day closures. */
    public static final String WHOLE_DAY = "*";

    @Id
    @SequenceGenerator(name = "hours_override_seq", sequenceName = "hours_override_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hours_override_seq")
    private Long id;

    @Column(name = "hall_id", nullable = false)
    private String hallId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Column(name = "meal_key", nullable = false)
    private String mealKey;

    private String label;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    private String reason;

    protected HoursOverrideRow() {
    }

    public HoursOverrideRow(String hallId, LocalDate serviceDate, String mealKey, String label,
                        LocalTime startTime, LocalTime endTime, String reason) {
        this.hallId = hallId;
        this.serviceDate = serviceDate;
        this.mealKey = mealKey == null ? WHOLE_DAY : mealKey;
        this.label = label;
        this.startTime = startTime;
        this.endTime = endTime;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getHallId() {
        return hallId;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    /** What it does: read from which of meal, times and label it has. */
    public OverrideKind kind() {
        if (isWholeDay()) {
            return OverrideKind.CLOSED_DAY;
        }
        if (startTime == null) {
            return OverrideKind.CLOSED_MEAL;
        }
        return label != null ? OverrideKind.SPECIAL_OPENING : OverrideKind.CHANGED_TIMES;
    }

    public boolean isWholeDay() {
        return WHOLE_DAY.equals(mealKey);
    }

    /** The meal key, or null for a whole-day override. */
    public String getMealKey() {
        return isWholeDay() ? null : mealKey;
    }

    public String getLabel() {
        return label;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getReason() {
        return reason;
    }

    public void edit(String label, LocalTime startTime, LocalTime endTime, String reason) {
        this.label = label;
        this.startTime = startTime;
        this.endTime = endTime;
        this.reason = reason;
    }
}
