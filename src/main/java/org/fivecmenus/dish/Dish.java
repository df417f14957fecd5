package org.fivecmenus.dish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A dish by its normal name ({@link DishNames}), with the first spelling it was stored under. */
@Entity
@Table(name = "dish")
@NamedQuery(name = Dish.KNOWN, query = "SELECT d.slug FROM Dish d WHERE d.slug IN :slugs")
@NamedQuery(name = Dish.BY_SLUGS, query = "SELECT d FROM Dish d WHERE d.slug IN :slugs")
@NamedQuery(name = Dish.MATCHING_GRAMS, query = "SELECT g.dishSlug FROM DishGram g WHERE g.gram IN :grams "
        + "GROUP BY g.dishSlug HAVING COUNT(g.gram) = :count")
public class Dish {

    static final String KNOWN = "Dish.known";
    static final String BY_SLUGS = "Dish.bySlugs";
    static final String MATCHING_GRAMS = "Dish.matchingGrams";

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String normal;

    protected Dish() {
    }

    Dish(String slug, String name, String normal) {
        this.slug = slug;
        this.name = name;
        this.normal = normal;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getNormal() {
        return normal;
    }
}
