package org.fivecmenus.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.HallSources;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.fivecmenus.upstream.pomona.PomonaKind;
import org.fivecmenus.upstream.sodexo.SodexoKind;
import org.flywaydb.core.Flyway;

/** What the migrations must give on every database: the same checks run on H2 and on PostgreSQL. */
final class Migrations {

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    static void assertSeededAndConstrained(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            assertThat(count(sql, "SELECT COUNT(*) FROM hall")).isEqualTo(7);
            assertThat(count(sql, "SELECT COUNT(*) FROM hall WHERE website LIKE 'https://%'")).isEqualTo(7);
            // The halls are defined here only: id, vendor and where the menu comes from, which the fetcher accepts.
            List<Halls.Origin> origins = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT id, vendor, menu_source, website FROM hall ORDER BY sort_order")) {
                while (rows.next()) {
                    origins.add(new Halls.Origin(rows.getString(1), new VendorKindName(rows.getString(2)),
                            rows.getString(3), rows.getString(4)));
                }
            }
            HallSources sources = new HallSources(origins, Map.of());
            assertThat(sources.get("hoch").uri(java.time.LocalDate.of(2026, 2, 7))).hasToString(
                    "https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2026-02-07");
            assertThat(sources.get("hoch").page()).startsWith("https://hmc.sodexomyway.com/");
            assertThat(sources.get("malott").urlTemplate())
                    .isEqualTo("https://scripps.cafebonappetit.com/cafe/malott-dining-commons/{date}/");
            assertThat(sources.get("oldenborg").urlTemplate()).isEqualTo("https://api.pomona.edu/eatec/Oldenborg.json");
            assertThat(Stream.of("hoch", "collins", "malott", "mcconnell", "frank", "frary", "oldenborg")
                    .map(hall -> sources.get(hall).vendor())).containsExactly(SodexoKind.NAME, BonAppetitKind.NAME,
                    BonAppetitKind.NAME, BonAppetitKind.NAME, PomonaKind.NAME, PomonaKind.NAME, PomonaKind.NAME);
            assertThat(count(sql, "SELECT COUNT(*) FROM dining_hours")).isEqualTo(130);
            assertThat(count(sql, "SELECT COUNT(*) FROM dining_hours WHERE estimated")).as("Frank and Oldenborg")
                    .isEqualTo(15);
            assertThat(count(sql, "SELECT COUNT(*) FROM dining_hours WHERE hall_id = 'collins' AND day_of_week = 1"))
                    .as("Collins on Monday: Breakfast, Continental Breakfast, Lunch, Dinner, Late Night").isEqualTo(5);

            assertThatThrownBy(() -> sql.execute("INSERT INTO dining_hours (id, hall_id, day_of_week, meal_key, label, "
                    + "start_time, end_time, active, estimated) VALUES (999, 'collins', 1, 'breakfast', 'Breakfast', "
                    + "TIME '08:00:00', TIME '09:00:00', TRUE, FALSE)"))
                    .as("one row per hall, day and meal").isInstanceOf(SQLException.class);

            sql.execute("INSERT INTO hours_override (id, hall_id, service_date, meal_key, reason) "
                    + "VALUES (1, 'hoch', DATE '2026-11-26', '*', 'Thanksgiving')");
            assertThatThrownBy(() -> sql.execute("INSERT INTO hours_override (id, hall_id, service_date, meal_key, reason) "
                    + "VALUES (2, 'hoch', DATE '2026-11-26', '*', 'twice')"))
                    .as("a whole-day closure is unique too").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.execute("INSERT INTO hours_override (id, hall_id, service_date, meal_key, "
                    + "start_time, end_time) VALUES (3, 'hoch', DATE '2026-11-27', '*', TIME '10:00:00', TIME '11:00:00')"))
                    .as("a whole-day override has no times").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> sql.execute("INSERT INTO menu (id, hall_id, service_date, meal_key, label, stations, "
                    + "fetched_at, meal_order) VALUES (1, 'nowhere', DATE '2026-11-26', 'lunch', 'Lunch', '[]', "
                    + "CURRENT_TIMESTAMP, 0)"))
                    .as("menus belong to a known hall").isInstanceOf(SQLException.class);
        }
    }

    private static int count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
