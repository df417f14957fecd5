package org.fivecmenus.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures the API answers as 503 "database unavailable" rather than 500, whatever wraps them. */
class DatabaseFailuresTest {

    @Test
    void aMissingTableIsTheDatabaseBeingUnavailableOnPostgresAndH2() {
        assertThat(Database.unavailable(wrapped(new SQLException("relation \"hall\" does not exist", "42P01"))))
                .isTrue();
        assertThat(Database.unavailable(wrapped(new SQLException("Table \"HALL\" not found", "42S02", 42102))))
                .isTrue();
    }

    @Test
    void aLostConnectionOrATimeoutIsUnavailable() {
        assertThat(Database.unavailable(wrapped(new SQLException("connection refused", "08001")))).isTrue();
        assertThat(Database.unavailable(wrapped(new SQLException("canceling statement", "57014")))).isTrue();
        assertThat(Database.unavailable(wrapped(new java.net.ConnectException("refused")))).isTrue();
    }

    @Test
    void anythingElseIsABugAndStaysOne() {
        assertThat(Database.unavailable(wrapped(new SQLException("syntax error", "42601")))).isFalse();
        assertThat(Database.unavailable(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(Database.unavailable(new IllegalStateException("bug"))).isFalse();
    }

    private static RuntimeException wrapped(Exception cause) {
        return new PersistenceException("wrapped", new RuntimeException("provider", cause));
    }
}
