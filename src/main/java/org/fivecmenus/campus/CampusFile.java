package org.fivecmenus.campus;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.fivecmenus.hall.VendorKindName;
import org.fivecmenus.menu.model.Meal;
import org.fivecmenus.upstream.HallSources;
import org.fivecmenus.upstream.VendorKind;
import org.fivecmenus.upstream.VendorKinds;

/**
 * Reads a campus file (JSON, described by {@code campus.schema.json} beside the built-in one) and checks all of
 * it before anything uses it: every mistake is reported at once, each naming the file, the hall and the field,
 * so an operator fixes the file in one go. Pure: bytes and the kinds this WAR holds in, a {@link Campus} or
 * {@link Mistakes} out.
 *
 * <p>Longer than 250 lines because each field's check and the message an operator reads for it belong
 * together, and the checks of one file are best read in one place.
 */
public final class CampusFile {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final Set<String> CAMPUS_FIELDS = Set.of("$schema", "name", "place", "time_zone", "public_url",
            "halls");
    static final Set<String> HALL_FIELDS = Set.of("id", "name", "college", "color", "website", "vendor",
            "source", "hours", "stations");
    static final Set<String> WINDOW_FIELDS = Set.of("days", "meal", "opens", "closes", "estimated",
            "overlaps", "note");
    private static final Map<String, DayOfWeek> DAYS = days();
    /** The longest text each field may hold: the width of its column in the database. */
    private static final Map<String, Integer> LONGEST = Map.of("name", 100, "college", 100, "website", 300,
            "source", 500, "meal", 100, "note", 300);

    /** Everything wrong with a file; its message lists each mistake on a line of its own. */
    public static final class Mistakes extends Exception {
        private final List<String> mistakes;

        Mistakes(String file, List<String> mistakes) {
            // No stack trace: the message is the whole story, and an operator reads it in a log.
            super("The campus file " + file + " has " + (mistakes.size() == 1 ? "a mistake" : mistakes.size()
                    + " mistakes") + ":\n  " + String.join("\n  ", mistakes), null, false, false);
            this.mistakes = List.copyOf(mistakes);
        }

        public List<String> mistakes() {
            return mistakes;
        }
    }

    private final String file;
    private final VendorKinds kinds;
    private final List<String> mistakes = new ArrayList<>();

    private CampusFile(String file, VendorKinds kinds) {
        this.file = file;
        this.kinds = kinds;
    }

    /**
     * @param file  the file's name as the operator gave it, for the messages
     * @param kinds the vendor kinds this WAR holds
     * @throws Mistakes listing every mistake found
     */
    public static Campus read(String file, byte[] bytes, VendorKinds kinds) throws Mistakes {
        CampusFile reading = new CampusFile(file, kinds);
        Campus campus = reading.campus(bytes);
        if (!reading.mistakes.isEmpty()) {
            throw new Mistakes(file, reading.mistakes);
        }
        return campus;
    }

    private Campus campus(byte[] bytes) {
        JsonValue root;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            root = reader.readValue();
        } catch (JsonParsingException e) {
            mistake("", "not JSON: " + e.getMessage() + " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")");
            return null;
        } catch (JsonException e) {
            mistake("", "not JSON: " + e.getMessage());
            return null;
        }
        if (!(root instanceof JsonObject object)) {
            mistake("", "must be a JSON object, not " + describe(root));
            return null;
        }
        unknownFields("", object, CAMPUS_FIELDS);
        String name = text("", object, "name", true);
        String place = text("", object, "place", true);
        ZoneId zone = zone(object);
        Optional<URI> publicUrl = Optional.ofNullable(text("", object, "public_url", false))
                .map(url -> url(url, "", "public_url", false));
        List<Campus.Hall> halls = halls(object);
        return new Campus(name, place, zone, publicUrl, halls);
    }

    private ZoneId zone(JsonObject object) {
        String zone = text("", object, "time_zone", true);
        if (zone == null) {
            return ZoneId.of("UTC");
        }
        try {
            // Region ids only: a fixed offset ("-08:00") would never change for daylight saving time.
            if (!zone.contains("/")) {
                throw new DateTimeException("not a region");
            }
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            mistake("", "time_zone: '" + zone + "' is not a time zone region such as America/Los_Angeles");
            return ZoneId.of("UTC");
        }
    }

    private List<Campus.Hall> halls(JsonObject object) {
        JsonValue value = object.get("halls");
        if (!(value instanceof JsonArray array)) {
            mistake("", value == null ? "halls: missing, a list of halls is needed"
                    : "halls: must be a list of halls, not " + describe(value));
            return List.of();
        }
        if (array.isEmpty()) {
            mistake("", "halls: the list is empty, a campus needs at least one hall");
        }
        List<Campus.Hall> halls = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject hall)) {
                mistake("hall #" + (i + 1), "must be an object, not " + describe(array.get(i)));
                continue;
            }
            String id = text("hall #" + (i + 1), hall, "id", true);
            String where = id == null ? "hall #" + (i + 1) : "hall '" + id + "'";
            if (id != null && !ID.matcher(id).matches()) {
                mistake(where, "id: '" + id + "' must be lower-case letters, digits, '-' and '_', at most 32");
            } else if (id != null && !ids.add(id)) {
                mistake(where, "id: '" + id + "' is the id of an earlier hall too; ids must be unique");
            }
            halls.add(hall(where, id, hall));
        }
        return halls;
    }

    private Campus.Hall hall(String where, String id, JsonObject hall) {
        unknownFields(where, hall, HALL_FIELDS);
        String name = text(where, hall, "name", true);
        String college = text(where, hall, "college", true);
        String color = text(where, hall, "color", true);
        if (color != null && !COLOR.matcher(color).matches()) {
            mistake(where, "color: '" + color + "' is not a colour: write it as #RRGGBB, e.g. #981A31");
        }
        String website = text(where, hall, "website", false);
        if (website != null) {
            url(website, where, "website", false);
        }
        VendorKindName vendor = vendor(where, text(where, hall, "vendor", true));
        String source = source(where, hall, vendor);
        return new Campus.Hall(id, name, college, color == null ? null : color.toUpperCase(Locale.ROOT), website,
                vendor, source, hours(where, hall), CampusStations.read(hall.get("stations"), where, this::mistake));
    }

    /**
     * The hall's source as a URL template: an http(s) URL, or its kind's short form as an object of texts
     * (Sodexo's {@code {"location": …, "menu": …}}), each expanded by the kind.
     */
    private String source(String where, JsonObject hall, VendorKindName vendor) {
        JsonValue value = hall.get("source");
        Optional<VendorKind> kind = vendor == null ? Optional.empty() : kinds.find(vendor);
        String template = null;
        try {
            if (value instanceof JsonObject form) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.forEach((key, v) -> fields.put(key, v instanceof JsonString s ? s.getString().strip()
                        : v.toString()));
                if (kind.isPresent()) {
                    template = kind.get().sourceOf(fields);
                }
            } else {
                String url = text(where, hall, "source", true);
                if (url == null || url(url, where, "source", true) == null) {
                    return null;
                }
                template = kind.isPresent() ? kind.get().sourceOf(url) : url;
            }
        } catch (IllegalArgumentException e) {
            mistake(where, "source: " + e.getMessage());
            return null;
        }
        if (template != null && template.length() > LONGEST.get("source")) {
            mistake(where, "source: the URL is longer than " + LONGEST.get("source") + " characters");
            return null;
        }
        return template;
    }

    private VendorKindName vendor(String where, String name) {
        if (name == null) {
            return null;
        }
        List<String> known = kinds.names().stream().map(VendorKindName::id).sorted().toList();
        try {
            VendorKindName kind = new VendorKindName(name);
            if (kinds.find(kind).isPresent()) {
                return kind;
            }
        } catch (IllegalArgumentException e) {
            // Not even a name: reported as unknown below.
        }
        mistake(where, "vendor: '" + name + "' is not a vendor kind this build knows; the kinds are "
                + String.join(", ", known));
        return null;
    }

    private List<Campus.Window> hours(String where, JsonObject hall) {
        JsonValue value = hall.get("hours");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            mistake(where, "hours: must be a list of meal windows, not " + describe(value));
            return List.of();
        }
        List<Campus.Window> windows = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "hours[" + (i + 1) + "]";
            if (!(array.get(i) instanceof JsonObject window)) {
                mistake(where, field + ": must be an object, not " + describe(array.get(i)));
                continue;
            }
            unknownFields(where + ", " + field, window, WINDOW_FIELDS);
            String meal = text(where, window, "meal", true, field + ".meal");
            LocalTime opens = time(where, window, "opens", field);
            LocalTime closes = time(where, window, "closes", field);
            if (opens != null && opens.equals(closes)) {
                mistake(where, field + ": opens and closes at " + opens + "; a window needs some time");
            }
            boolean estimated = flag(where, window, "estimated", field);
            boolean overlaps = flag(where, window, "overlaps", field);
            String note = text(where, window, "note", false, field + ".note");
            for (DayOfWeek day : days(where, window, field)) {
                if (meal != null && opens != null && closes != null) {
                    String key = day + " " + Meal.keyOf(meal);
                    String before = seen.putIfAbsent(key, field);
                    if (before != null) {
                        mistake(where, field + ": " + meal + " on " + day.getDisplayName(TextStyle.FULL,
                                Locale.ENGLISH) + " is given twice (also in " + before + ")");
                    }
                    windows.add(new Campus.Window(day, meal, opens, closes, estimated, overlaps, note));
                }
            }
        }
        return windows;
    }

    private boolean flag(String where, JsonObject window, String key, String field) {
        JsonValue value = window.get(key);
        if (value != null && value != JsonValue.TRUE && value != JsonValue.FALSE) {
            mistake(where, field + "." + key + ": must be true or false, not " + describe(value));
        }
        return value == JsonValue.TRUE;
    }

    private List<DayOfWeek> days(String where, JsonObject window, String field) {
        JsonValue value = window.get("days");
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            mistake(where, field + ".days: " + (value == null ? "missing" : "must be a list such as [\"mon\", \"tue\"]"));
            return List.of();
        }
        List<DayOfWeek> days = new ArrayList<>();
        for (JsonValue day : array) {
            DayOfWeek found = day instanceof JsonString s ? DAYS.get(s.getString().strip().toLowerCase(Locale.ROOT))
                    : null;
            if (found == null) {
                mistake(where, field + ".days: " + describe(day) + " is not a day; write mon, tue, wed, thu, fri, "
                        + "sat or sun");
            } else if (!days.contains(found)) {
                days.add(found);
            }
        }
        return days;
    }

    private LocalTime time(String where, JsonObject window, String key, String field) {
        String text = text(where, window, key, true, field + "." + key);
        if (text == null) {
            return null;
        }
        try {
            if (!text.matches("\\d{2}:\\d{2}")) {
                throw new DateTimeParseException("not HH:MM", text, 0);
            }
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            mistake(where, field + "." + key + ": '" + text + "' is not a time; write 24-hour HH:MM, e.g. 07:30");
            return null;
        }
    }

    private URI url(String text, String where, String field, boolean template) {
        Optional<URI> uri = template ? HallSources.templateUrl(text) : HallSources.httpUrl(text);
        if (uri.isEmpty()) {
            mistake(where, field + ": '" + text + "' is not an http(s) URL");
            return null;
        }
        return uri.get();
    }

    private String text(String where, JsonObject object, String key, boolean required) {
        return text(where, object, key, required, key);
    }

    private String text(String where, JsonObject object, String key, boolean required, String field) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                mistake(where, field + ": missing");
            }
            return null;
        }
        if (!(value instanceof JsonString string) || string.getString().isBlank()) {
            mistake(where, field + ": must be a non-empty text, not " + describe(value));
            return null;
        }
        String text = string.getString().strip();
        Integer longest = LONGEST.get(key);
        if (longest != null && text.length() > longest) {
            mistake(where, field + ": " + text.length() + " characters; at most " + longest + " fit");
            return null;
        }
        return text;
    }

    private void unknownFields(String where, JsonObject object, Set<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                mistake(where, key + ": not a field here; the fields are " + String.join(", ",
                        known.stream().filter(k -> !k.startsWith("$")).sorted().toList()));
            }
        }
    }

    void mistake(String where, String what) {
        mistakes.add(file + ": " + (where.isEmpty() ? "" : where + ": ") + what);
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "'" + ((JsonString) value).getString() + "'";
            case NUMBER -> "the number " + value;
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
        };
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String full = day.name().toLowerCase(Locale.ROOT);
            days.put(full, day);
            days.put(full.substring(0, 3), day);
        }
        return Map.copyOf(days);
    }
}
