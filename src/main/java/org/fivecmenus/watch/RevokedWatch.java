package org.fivecmenus.watch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A watch list id whose feed URLs its owner replaced: tokens naming it are refused. */
@Entity
@Table(name = "watch_revoked")
public class RevokedWatch {

    @Id
    private String id;

    @Column(name = "revoked_at", nullable = false)
    private OffsetDateTime revokedAt;

    protected RevokedWatch() {
    }

    RevokedWatch(String id, OffsetDateTime revokedAt) {
        this.id = id;
        this.revokedAt = revokedAt;
    }
}
