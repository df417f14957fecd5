package org.fivecmenus.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One admin's sign-in: the hash of its cookie's token, its CSRF token, and when it was last used. */
@Entity
@Table(name = "admin_session")
@NamedQuery(name = SignIn.OF_USER, query = "SELECT s FROM SignIn s WHERE s.username = :user ORDER BY s.seenAt DESC")
@NamedQuery(name = SignIn.ENDED, query = "DELETE FROM SignIn s WHERE s.seenAt < :idleSince OR s.createdAt < :startedBefore")
public class SignIn {

    static final String OF_USER = "SignIn.ofUser";
    static final String ENDED = "SignIn.ended";

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(nullable = false)
    private String username;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "seen_at", nullable = false)
    private OffsetDateTime seenAt;

    protected SignIn() {
    }

    SignIn(String tokenHash, String username, String csrfToken, OffsetDateTime at) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.csrfToken = csrfToken;
        this.createdAt = at;
        this.seenAt = at;
    }

    String getUsername() {
        return username;
    }

    String getCsrfToken() {
        return csrfToken;
    }

    OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    OffsetDateTime getSeenAt() {
        return seenAt;
    }

    void seen(OffsetDateTime at) {
        seenAt = at;
    }
}
