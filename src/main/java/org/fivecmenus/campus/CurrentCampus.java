package org.fivecmenus.campus;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.upstream.HallStations;
import org.fivecmenus.upstream.StationChanges;
import org.fivecmenus.upstream.VendorKinds;

/**
 * The campus this instance serves: the file named by {@code campus.file} ({@code CAMPUS_FILE}), or the built-in
 * Claremont one. Read and checked once, as the application starts and before anything else: a file with a
 * mistake stops the deployment with the messages of {@link CampusFile}, before the database is touched.
 */
@ApplicationScoped
public class CurrentCampus {

    private static final Logger LOG = Logger.getLogger(CurrentCampus.class.getName());
    /** The built-in campus, with its schema beside it. */
    static final String BUILT_IN = "/campus/claremont.json";

    /** The campus file refused: the message names every mistake; no stack trace, the message is the story. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The campus and the file it came from, with the file's checksum (which reruns its migration). */
    record Loaded(Campus campus, String file, int checksum) {
    }

    @Inject
    @ConfigProperty(name = "campus.file")
    Optional<String> file;

    @Inject
    VendorKinds kinds;

    private volatile Loaded loaded;

    /** Reads the campus before any other start-up work, so that a bad file is the first and only complaint. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 Object ignored) {
        Loaded campus = loaded();
        LOG.info(() -> "Campus: " + campus.campus().place() + " (" + campus.campus().halls().size() + " halls, "
                + campus.campus().zone() + ") from " + campus.file());
    }

    public Campus campus() {
        return loaded().campus();
    }

    /** The halls' zone, for every "today" and "open now" (config.Clocks makes the clock in it). */
    @Produces
    public ZoneId zone() {
        return campus().zone();
    }

    /** Each hall's changes to its kind's station tables, for the parsers (upstream.VendorMenus). */
    @Produces
    @Singleton
    HallStations stations() {
        Map<String, StationChanges> byHall = new HashMap<>();
        campus().halls().forEach(hall -> byHall.put(hall.id(), hall.stations()));
        return new HallStations(byHall);
    }

    Loaded loaded() {
        Loaded known = loaded;
        if (known == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                known = loaded;
            }
        }
        return known;
    }

    private Loaded load() {
        String name = file.map(String::strip).filter(f -> !f.isEmpty()).orElse(null);
        byte[] bytes;
        try {
            if (name == null) {
                try (InputStream in = CurrentCampus.class.getResourceAsStream(BUILT_IN)) {
                    bytes = in.readAllBytes();
                }
                name = "the built-in campus file (" + BUILT_IN.substring(1) + ")";
            } else {
                bytes = Files.readAllBytes(Path.of(name));
            }
        } catch (IOException | RuntimeException e) {
            throw refused("The campus file " + name + " (CAMPUS_FILE) cannot be read: " + e);
        }
        try {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            return new Loaded(CampusFile.read(name, bytes, kinds), name,
                    (int) crc.getValue());
        } catch (CampusFile.Mistakes mistakes) {
            throw refused(mistakes.getMessage());
        }
    }

    private static Refused refused(String message) {
        LOG.severe(() -> message + "\nThe application does not start until the campus file is fixed.");
        return new Refused(message);
    }
}
