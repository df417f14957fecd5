package org.fivecmenus.database;

import java.sql.Connection;
import java.sql.Statement;
import org.fivecmenus.campus.CampusMigrations;
import org.fivecmenus.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class MigrationsOnPostgresIT {

    @Test
    void migratesAndSeedsAnEmptyPostgresSchema() throws Exception {
        TestServices services = TestServices.fromEnvironment();
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(services.dbUrl());
        postgres.setUser(services.dbUser());
        postgres.setPassword(services.dbPassword());
        // A schema of its own, so this test neither depends on nor disturbs the deployed application's.
        try (Connection connection = postgres.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS migrations_it CASCADE");
            sql.execute("CREATE SCHEMA migrations_it");
        }
        postgres.setCurrentSchema("migrations_it");
        Migrations.migrate(postgres);
        try (Connection connection = postgres.getConnection()) {
            connection.setAutoCommit(true);
            Migrations.assertSeededAndConstrained(connection);
            CampusMigrations.assertWritesAddsChangesAndRetires(connection);
        } finally {
            try (Connection connection = postgres.getConnection(); Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA migrations_it CASCADE");
            }
        }
    }
}
