package org.fivecmenus.dish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One item of one stored meal, by its dish. */
@Entity
@Table(name = "dish_serving")
@IdClass(DishServing.Key.class)
@NamedQuery(name = DishServing.OF_DISH, query = "SELECT s FROM DishServing s WHERE s.dishSlug = :slug "
        + "ORDER BY s.serviceDate, s.mealOrder, s.hallId, s.position")
@NamedQuery(name = DishServing.OF_DISHES_FROM, query = "SELECT s FROM DishServing s WHERE s.dishSlug IN :slugs "
        + "AND s.serviceDate >= :from ORDER BY s.serviceDate, s.mealOrder, s.hallId, s.position")
@NamedQuery(name = DishServing.DELETE_DAY, query = "DELETE FROM DishServing s WHERE s.hallId = :hall "
        + "AND s.serviceDate = :date")
@NamedQuery(name = DishServing.UNINDEXED_DAYS, query = "SELECT d.hallId, d.serviceDate FROM StoredDayRow d "
        + "WHERE d.status = 'served' AND NOT EXISTS (SELECT s.position FROM DishServing s "
        + "WHERE s.hallId = d.hallId AND s.serviceDate = d.serviceDate) ORDER BY d.serviceDate DESC")
public class DishServing {

    static final String UNINDEXED_DAYS = "DishServing.unindexedDays";
    static final String OF_DISH = "DishServing.ofDish";
    static final String OF_DISHES_FROM = "DishServing.ofDishesFrom";
    static final String DELETE_DAY = "DishServing.deleteDay";

    public record Key(String hallId, LocalDate serviceDate, String mealKey, int position) implements Serializable {
        public Key() {
            this(null, null, null, 0);
        }
    }

    @Id
    @Column(name = "hall_id")
    private String hallId;

    @Id
    @Column(name = "service_date")
    private LocalDate serviceDate;

    @Id
    @Column(name = "meal_key")
    private String mealKey;

    @Id
    private int position;

    @Column(name = "dish_slug", nullable = false)
    private String dishSlug;

    @Column(nullable = false)
    private String name;

    @Column(name = "meal_label", nullable = false)
    private String mealLabel;

    @Column(name = "meal_order", nullable = false)
    private int mealOrder;

    @Column(nullable = false)
    private String station;

    /** Comma-separated diet tags. */
    @Column(nullable = false)
    private String tags;

    /** Comma-separated allergens; null when the vendor publishes none. */
    private String allergens;

    protected DishServing() {
    }

    DishServing(Key key, String dishSlug, String name, String mealLabel, int mealOrder, String station,
                List<String> tags, List<String> allergens) {
        this.hallId = key.hallId();
        this.serviceDate = key.serviceDate();
        this.mealKey = key.mealKey();
        this.position = key.position();
        this.dishSlug = dishSlug;
        this.name = name;
        this.mealLabel = mealLabel;
        this.mealOrder = mealOrder;
        this.station = station;
        this.tags = String.join(",", tags);
        this.allergens = allergens == null ? null : String.join(",", allergens);
    }

    public String getHallId() {
        return hallId;
    }

    public LocalDate getServiceDate() {
        return serviceDate;
    }

    public String getMealKey() {
        return mealKey;
    }

    int getMealOrder() {
        return mealOrder;
    }

    int getPosition() {
        return position;
    }

    public String getDishSlug() {
        return dishSlug;
    }

    public String getName() {
        return name;
    }

    public String getMealLabel() {
        return mealLabel;
    }

    public String getStation() {
        return station;
    }

    public List<String> tags() {
        return split(tags);
    }

    /** Null when the vendor publishes none. */
    public List<String> allergens() {
        return allergens == null ? null : split(allergens);
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
