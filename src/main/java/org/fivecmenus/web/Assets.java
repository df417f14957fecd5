package org.fivecmenus.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import jakarta.json.Json;
import org.fivecmenus.campus.Campus;
import org.fivecmenus.campus.CurrentCampus;
import org.fivecmenus.hall.HallView;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.problem.DatabaseUnavailableException;

/**
 * The site's static files and the hall colours, prepared once: bytes, gzip, ETag. Pages link them with a
 * fingerprint ({@code /static/site.css?v=…}), so browsers may keep them for a year and still get a new
 * stylesheet the moment a deploy changes it.
 */
@ApplicationScoped
public class Assets {

    /** Plain file names only: no folders, no dot segments. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "webmanifest", "application/manifest+json");

    @Inject
    ServletContext context;

    @Inject
    Halls halls;

    @Inject
    CurrentCampus campus;

    private final Map<String, Optional<Prepared>> files = new ConcurrentHashMap<>();
    private volatile Prepared hallColours;

    /** A file of {@code /static}, if there is one by that name. */
    public Optional<Prepared> file(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            return Optional.empty();
        }
        return files.computeIfAbsent(name, this::load);
    }

    private Optional<Prepared> load(String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = context.getResourceAsStream("/static/" + name)) {
            return in == null ? Optional.empty()
                    : Optional.of(Prepared.of(named(in.readAllBytes(), campus.campus()), type));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading /static/" + name + " from the WAR", e);
        }
    }

    /**
     * The manifest and the service worker name the product and its campus, which the campus file gives: their
     * {@code "{{campus.name}}"} and {@code "{{campus.description}}"} (each a whole quoted string, so that the file
     * stays valid JSON and JavaScript before and after) become string literals of the file's values.
     */
    static byte[] named(byte[] file, Campus campus) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (!text.contains("\"{{campus.")) {
            return file;
        }
        return text.replace("\"{{campus.name}}\"", Json.createValue(campus.name()).toString())
                .replace("\"{{campus.description}}\"", Json.createValue("Today's and this week's menus of "
                        + campus.halls().size() + " dining halls of " + campus.place() + ", and which are open now.")
                        .toString())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The fingerprinted URL of a file of {@code /static}. */
    public String url(String name) {
        return file(name).map(f -> "/static/" + name + "?v=" + f.fingerprint())
                .orElseThrow(() -> new IllegalArgumentException("No /static/" + name));
    }

    /** Each hall's colour as a stylesheet; halls change only with a deploy. */
    public Prepared hallColours() {
        Prepared known = hallColours;
        if (known == null) {
            StringBuilder css = new StringBuilder();
            for (HallView hall : halls.all()) {
                if (hall.id().matches("[a-z0-9-]+") && hall.color().matches("#[0-9A-Fa-f]{6}")) {
                    css.append(".hall-").append(hall.id()).append("{--hall:").append(hall.color())
                            .append(";--on-hall:").append(HallColours.textOn(hall.color())).append("}\n");
                }
            }
            known = Prepared.of(css.toString().getBytes(StandardCharsets.UTF_8), "text/css;charset=UTF-8");
            hallColours = known;
        }
        return known;
    }

    /** Unversioned while the halls cannot be read (the database is down): an error page still gets its styles. */
    public String hallColoursUrl() {
        try {
            return "/halls.css?v=" + hallColours().fingerprint();
        } catch (DatabaseUnavailableException e) {
            return "/halls.css";
        }
    }

    /** For a request of a fingerprinted URL: keep for a year; otherwise revalidate after a while. */
    static String cacheControl(Prepared file, String version) {
        return file.fingerprint().equals(version) ? "public, max-age=31536000, immutable" : "public, max-age=3600";
    }
}
