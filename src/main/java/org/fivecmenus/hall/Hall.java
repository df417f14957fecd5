package org.fivecmenus.hall;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A dining hall. Its id ("hoch", "frary"…) is the public key used in URLs, cache keys and configuration. The rows
 * are the campus file's (campus.CampusMigration); a hall the file no longer lists is retired, kept for its history.
 */
@Entity
@Table(name = "hall")
@NamedQuery(name = Hall.ALL, query = "SELECT h FROM Hall h WHERE h.retired = false ORDER BY h.sortOrder, h.id")
public class Hall {

    static final String ALL = "Hall.all";

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String college;

    @Convert(converter = VendorKindNameConverter.class)
    @Column(nullable = false)
    private VendorKindName vendor;

    @Column(nullable = false)
    private String color;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private String website;

    /** The URL template the hall's menu is fetched from unless configuration says otherwise. */
    @Column(name = "menu_source", nullable = false)
    private String menuSource;

    @Column(nullable = false)
    private boolean retired;

    protected Hall() {
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCollege() {
        return college;
    }

    public VendorKindName getVendor() {
        return vendor;
    }

    public String getColor() {
        return color;
    }

    public String getMenuSource() {
        return menuSource;
    }

    public String getWebsite() {
        return website;
    }
}
