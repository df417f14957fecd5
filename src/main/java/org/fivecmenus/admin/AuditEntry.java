package org.fivecmenus.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change made in the admin area. */
@NamedQuery(name = AuditEntry.NEWEST_FIRST, query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
@Entity
@Table(name = "admin_audit")
public class AuditEntry {

    public static final String NEWEST_FIRST = "AuditEntry.newestFirst";


    @Id
    @SequenceGenerator(name = "admin_audit_seq", sequenceName = "admin_audit_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_audit_seq")
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(OffsetDateTime at, String username, String action, String detail) {
        this.at = at;
        this.username = username;
        this.action = action;
        this.detail = detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
