package org.fivecmenus.campus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.upstream.StationChanges;
import org.fivecmenus.upstream.TestKinds;
import org.fivecmenus.upstream.VendorKinds;

/**
 * What writing a campus into a migrated database must do, on H2 and on PostgreSQL alike (run by
 * {@code MigrationsOnH2Test} and {@code MigrationsOnPostgresIT}).
 */
public final class CampusMigrations {

    private static final VendorKinds KINDS = TestKinds.all(TestKinds.SODEXO);

    private CampusMigrations() {
    }

    public static Campus builtIn() throws IOException, CampusFile.Mistakes {
        try (InputStream in = CampusMigrations.class.getResourceAsStream(CurrentCampus.BUILT_IN)) {
            return CampusFile.read("claremont.json", in.readAllBytes(), KINDS);
        }
    }

    /** @param db a freshly migrated and seeded database, in auto-commit */
    public static void assertWritesAddsChangesAndRetires(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            List<String> seeded = rows(sql, "SELECT id, hall_id, day_of_week, meal_key, label, period, start_time, "
                    + "end_time, estimated, overlap_allowed, source FROM dining_hours ORDER BY id");

            CampusMigration.write(db, builtIn());

            assertThat(rows(sql, "SELECT id, hall_id, day_of_week, meal_key, label, period, start_time, end_time, "
                    + "estimated, overlap_allowed, source FROM dining_hours ORDER BY id"))
                    .as("the built-in file is what the seed wrote: nothing changes, not even a row id")
                    .isEqualTo(seeded);

            // An operator moves Collins' Monday breakfast in the admin area.
            sql.executeUpdate("UPDATE dining_hours SET start_time = TIME '08:00:00', source = 'Edited by ops', "
                    + "from_campus = FALSE WHERE hall_id = 'collins' AND day_of_week = 1 AND meal_key = 'breakfast'");

            CampusMigration.write(db, changed(builtIn()));

            assertThat(rows(sql, "SELECT id, name, retired, sort_order FROM hall ORDER BY sort_order, id")).containsExactly(
                    "hoch|Hoch-Shanahan|false|1", "collins|Collins Hall|false|2", "malott|Malott|false|3",
                    "mcconnell|McConnell|false|4", "frank|Frank|false|5", "frary|Frary|false|6",
                    "commons|The Commons|false|7", "oldenborg|Oldenborg|true|7");
            assertThat(rows(sql, "SELECT COUNT(*) FROM dining_hours WHERE hall_id = 'oldenborg'"))
                    .as("a retired hall keeps its history").containsExactly("5");
            assertThat(rows(sql, "SELECT start_time, source FROM dining_hours WHERE hall_id = 'collins' "
                    + "AND day_of_week = 1 AND meal_key = 'breakfast'"))
                    .as("the operator's edit wins over the file").containsExactly("08:00:00|Edited by ops");
            assertThat(rows(sql, "SELECT start_time FROM dining_hours WHERE hall_id = 'collins' AND day_of_week = 1 "
                    + "AND meal_key = 'lunch'")).as("a window the file changed").containsExactly("11:30:00");
            assertThat(rows(sql, "SELECT COUNT(*) FROM dining_hours WHERE hall_id = 'collins' AND day_of_week = 2 "
                    + "AND meal_key = 'dinner'")).as("a window the file no longer lists").containsExactly("0");
            assertThat(rows(sql, "SELECT day_of_week, meal_key, period, start_time, end_time, from_campus FROM "
                    + "dining_hours WHERE hall_id = 'commons' ORDER BY day_of_week"))
                    .containsExactly("1|late_night|late_night|22:00:00|01:00:00|true");
        }
    }

    /** The built-in campus with Oldenborg gone, Collins renamed and two of its windows changed, and a new hall. */
    private static Campus changed(Campus campus) {
        List<Campus.Hall> halls = new ArrayList<>();
        for (Campus.Hall hall : campus.halls()) {
            if (hall.id().equals("oldenborg")) {
                continue;
            }
            if (hall.id().equals("collins")) {
                List<Campus.Window> hours = new ArrayList<>();
                for (Campus.Window w : hall.hours()) {
                    if (w.day() == DayOfWeek.TUESDAY && w.label().equals("Dinner")) {
                        continue;
                    }
                    LocalTime opens = w.day() == DayOfWeek.MONDAY && w.label().equals("Lunch") ? LocalTime.of(11, 30)
                            : w.day() == DayOfWeek.MONDAY && w.label().equals("Breakfast") ? LocalTime.of(7, 0)
                            : w.opens();
                    hours.add(new Campus.Window(w.day(), w.label(), opens, w.closes(), w.estimated(), w.overlaps(),
                            w.note()));
                }
                hall = new Campus.Hall(hall.id(), "Collins Hall", hall.college(), hall.color(), hall.website(),
                        hall.vendor(), hall.source(), hours, hall.stations());
            }
            halls.add(hall);
        }
        halls.add(new Campus.Hall("commons", "The Commons", "North", "#336699", null, new VendorKindName("bon_appetit"),
                "https://north.cafebonappetit.com/cafe/commons/{date}/", List.of(new Campus.Window(DayOfWeek.MONDAY,
                "Late Night", LocalTime.of(22, 0), LocalTime.of(1, 0), false, false, null)), StationChanges.NONE));
        return new Campus(campus.name(), campus.place(), campus.zone(), campus.publicUrl(), halls);
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(result.getObject(i)));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
