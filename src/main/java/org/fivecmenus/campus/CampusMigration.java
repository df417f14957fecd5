package org.fivecmenus.campus;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.menu.model.MealPeriod;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Writes the campus file's halls and weekly hours into the database as a repeatable Flyway migration: Flyway runs
 * it after the versioned ones whenever the file's checksum changed, in the same lock, so that one instance of a
 * cluster writes it and the history says when.
 * <ul>
 *   <li>A hall in the file is added or updated (name, college, colour, website, vendor kind, source, order).</li>
 *   <li>A hall no longer in the file is retired: gone from pages and the API, its menus and hours kept.</li>
 *   <li>A window in the file is added or updated, unless an operator edited that meal of that day in the admin
 *       area ({@code from_campus} false): the operator's hours win. A window the file wrote and no longer lists
 *       goes.</li>
 * </ul>
 * Plain JDBC of the statements PostgreSQL and H2 share, as Flyway runs it before the JPA unit exists.
 * {@code @Dependent}, so that Flyway sees this class and not a proxy's: it records the class name.
 */
@Dependent
public class CampusMigration implements JavaMigration {

    @Inject
    CurrentCampus current;

    @Override
    public MigrationVersion getVersion() {
        // Repeatable: run again whenever the checksum changes.
        return null;
    }

    @Override
    public String getDescription() {
        return "campus file";
    }

    @Override
    public Integer getChecksum() {
        return current.loaded().checksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        write(context.getConnection(), current.campus());
    }

    static void write(Connection db, Campus campus) throws SQLException {
        Set<String> known = ids(db);
        int order = 1;
        for (Campus.Hall hall : campus.halls()) {
            String sql = known.contains(hall.id())
                    ? "UPDATE hall SET name = ?, college = ?, color = ?, website = ?, vendor = ?, menu_source = ?, "
                    + "sort_order = ?, retired = FALSE WHERE id = ?"
                    : "INSERT INTO hall (name, college, color, website, vendor, menu_source, sort_order, retired, id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)";
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setString(1, hall.name());
                statement.setString(2, hall.college());
                statement.setString(3, hall.color());
                statement.setString(4, hall.website());
                statement.setString(5, hall.vendor().id());
                statement.setString(6, hall.source());
                statement.setInt(7, order++);
                statement.setString(8, hall.id());
                statement.executeUpdate();
            }
            hours(db, hall);
        }
        Set<String> listed = new HashSet<>(campus.halls().stream().map(Campus.Hall::id).toList());
        for (String id : known) {
            if (!listed.contains(id)) {
                try (PreparedStatement retire = db.prepareStatement("UPDATE hall SET retired = TRUE WHERE id = ?")) {
                    retire.setString(1, id);
                    retire.executeUpdate();
                }
            }
        }
    }

    private static Set<String> ids(Connection db) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement statement = db.prepareStatement("SELECT id FROM hall");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** A stored window: its row id and whether the file may change it. */
    private record Stored(long id, boolean fromCampus) {
    }

    private static void hours(Connection db, Campus.Hall hall) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT id, day_of_week, meal_key, from_campus FROM dining_hours WHERE hall_id = ?")) {
            statement.setString(1, hall.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getInt(2) + " " + rows.getString(3), new Stored(rows.getLong(1), rows.getBoolean(4)));
                }
            }
        }
        Set<String> written = new HashSet<>();
        for (Campus.Window window : hall.hours()) {
            String key = Meal.keyOf(window.label());
            String at = window.day().getValue() + " " + key;
            written.add(at);
            Stored row = stored.get(at);
            if (row != null && !row.fromCampus()) {
                continue;
            }
            String sql = row != null
                    ? "UPDATE dining_hours SET label = ?, period = ?, start_time = ?, end_time = ?, estimated = ?, "
                    + "overlap_allowed = ?, source = ?, active = TRUE WHERE id = ?"
                    : "INSERT INTO dining_hours (label, period, start_time, end_time, estimated, overlap_allowed, "
                    + "source, active, from_campus, id, hall_id, day_of_week, meal_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, TRUE, ?, ?, ?, ?)";
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setString(1, window.label());
                statement.setString(2, MealPeriod.fromLabel(window.label()).map(MealPeriod::slug).orElse(null));
                statement.setTime(3, Time.valueOf(window.opens()));
                statement.setTime(4, Time.valueOf(window.closes()));
                statement.setBoolean(5, window.estimated());
                statement.setBoolean(6, window.overlaps());
                statement.setString(7, window.note());
                if (row != null) {
                    statement.setLong(8, row.id());
                } else {
                    statement.setLong(8, nextHoursId(db));
                    statement.setString(9, hall.id());
                    statement.setInt(10, window.day().getValue());
                    statement.setString(11, key);
                }
                statement.executeUpdate();
            }
        }
        for (Map.Entry<String, Stored> row : stored.entrySet()) {
            if (row.getValue().fromCampus() && !written.contains(row.getKey())) {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM dining_hours WHERE id = ?")) {
                    delete.setLong(1, row.getValue().id());
                    delete.executeUpdate();
                }
            }
        }
    }

    private static long nextHoursId(Connection db) throws SQLException {
        // The sequence the entity draws from; PostgreSQL and H2 spell "next value" differently.
        String sql = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")
                ? "SELECT NEXT VALUE FOR dining_hours_seq" : "SELECT nextval('dining_hours_seq')";
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
