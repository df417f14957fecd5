package org.fivecmenus.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A secret all instances share, kept in the database they share. */
@Entity
@Table(name = "app_secret")
public class AppSecret {

    @Id
    private String name;

    @Column(name = "secret", nullable = false)
    private String value;

    protected AppSecret() {
    }

    AppSecret(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String getValue() {
        return value;
    }
}
