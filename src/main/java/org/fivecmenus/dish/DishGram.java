package org.fivecmenus.dish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One two-letter sequence of a dish's normal name: a row of the search index. */
@Entity
@Table(name = "dish_gram")
@IdClass(DishGram.Key.class)
public class DishGram {

    public record Key(String gram, String dishSlug) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String gram;

    @Id
    @Column(name = "dish_slug")
    private String dishSlug;

    protected DishGram() {
    }

    DishGram(String gram, String dishSlug) {
        this.gram = gram;
        this.dishSlug = dishSlug;
    }
}
