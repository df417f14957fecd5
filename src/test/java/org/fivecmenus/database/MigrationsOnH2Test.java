package org.fivecmenus.database;

import java.sql.Connection;
import org.h2.jdbcx.JdbcDataSource;
import org.fivecmenus.campus.CampusMigrations;
import org.junit.jupiter.api.Test;

/** The embedded default runs the same migrations on the H2 that Payara ships. */
class MigrationsOnH2Test {

    @Test
    void migratesAndSeedsAnEmptyH2Database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        Migrations.migrate(h2);
        try (Connection connection = h2.getConnection()) {
            connection.setAutoCommit(true);
            Migrations.assertSeededAndConstrained(connection);
            CampusMigrations.assertWritesAddsChangesAndRetires(connection);
        }
    }
}
