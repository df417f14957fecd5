package org.fivecmenus.campus;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fivecmenus.menu.model.MealPeriod;
import org.fivecmenus.upstream.StationChanges;

/**
 * Reads a hall's {@code stations} object of a campus file into its {@link StationChanges}, reporting each mistake
 * with the field it is in ({@code stations.truncate.Grill}), as {@link CampusFile} does for the rest of a file.
 */
final class CampusStations {

    static final Set<String> FIELDS = Set.of("hide", "show", "placeholders", "merge", "order", "truncate",
            "only_at", "move_to");
    private static final String PERIODS = Stream.of(MealPeriod.values()).map(MealPeriod::slug)
            .collect(Collectors.joining(", "));

    private final String where;
    private final BiConsumer<String, String> mistake;

    private CampusStations(String where, BiConsumer<String, String> mistake) {
        this.where = where;
        this.mistake = mistake;
    }

    /**
     * @param value   the hall's {@code stations} value, null when it has none
     * @param mistake takes the hall ({@code hall 'commons'}) and what is wrong
     */
    static StationChanges read(JsonValue value, String where, BiConsumer<String, String> mistake) {
        if (value == null) {
            return StationChanges.NONE;
        }
        if (!(value instanceof JsonObject object)) {
            mistake.accept(where, "stations: must be an object such as {\"hide\": [\"Salad Bar\"]}, not "
                    + CampusFile.describe(value));
            return StationChanges.NONE;
        }
        return new CampusStations(where, mistake).changes(object);
    }

    private StationChanges changes(JsonObject object) {
        for (String key : object.keySet()) {
            if (!FIELDS.contains(key)) {
                mistake(key, "not a field here; the fields are " + String.join(", ", FIELDS.stream().sorted()
                        .toList()));
            }
        }
        List<String> hide = names(object, "hide");
        List<String> show = names(object, "show");
        Map<String, Set<MealPeriod>> onlyAt = new LinkedHashMap<>();
        entries(object, "only_at").forEach((station, periods) -> {
            Set<MealPeriod> at = new LinkedHashSet<>();
            for (JsonValue period : list(periods, "only_at." + station)) {
                period(period, "only_at." + station).ifPresent(at::add);
            }
            onlyAt.put(station, at);
        });
        for (String station : show) {
            if (hide.contains(station) || onlyAt.containsKey(station)) {
                mistake("show", "'" + station + "' is also in " + (hide.contains(station) ? "hide" : "only_at")
                        + "; a station is shown or hidden, not both");
            }
        }
        Map<String, List<String>> merge = new LinkedHashMap<>();
        entries(object, "merge").forEach((into, aliases) -> merge.put(into,
                strings(list(aliases, "merge." + into), "merge." + into)));
        Map<String, Integer> truncate = new LinkedHashMap<>();
        entries(object, "truncate").forEach((station, count) -> {
            if (count instanceof JsonNumber number && number.isIntegral() && number.intValue() >= 0
                    && number.intValue() <= 100) {
                truncate.put(station, number.intValue());
            } else {
                mistake("truncate." + station, CampusFile.describe(count) + " is not a number of dishes from 0 to "
                        + "100; to show none but its featured dishes, hide the station");
            }
        });
        Map<String, MealPeriod> moveTo = new LinkedHashMap<>();
        entries(object, "move_to").forEach((station, period) ->
                period(period, "move_to." + station).ifPresent(p -> moveTo.put(station, p)));
        return new StationChanges(hide, show, names(object, "placeholders"), merge, names(object, "order"),
                truncate, onlyAt, moveTo);
    }

    private List<String> names(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value == null ? List.of() : strings(list(value, field), field);
    }

    private List<JsonValue> list(JsonValue value, String field) {
        if (value instanceof JsonArray array) {
            return array;
        }
        mistake(field, "must be a list such as [\"Salad Bar\", \"Deli\"], not " + CampusFile.describe(value));
        return List.of();
    }

    private List<String> strings(List<JsonValue> values, String field) {
        List<String> strings = new ArrayList<>();
        for (JsonValue value : values) {
            if (value instanceof JsonString s && !s.getString().isBlank()) {
                strings.add(s.getString().strip());
            } else {
                mistake(field, CampusFile.describe(value) + " is not a station's name");
            }
        }
        return strings;
    }

    private Map<String, JsonValue> entries(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof JsonObject entries)) {
            mistake(field, "must be an object keyed by station name, not " + CampusFile.describe(value));
            return Map.of();
        }
        Map<String, JsonValue> named = new LinkedHashMap<>();
        entries.forEach((station, v) -> {
            if (station.isBlank()) {
                mistake(field, "a station's name is empty");
            } else {
                named.put(station.strip(), v);
            }
        });
        return named;
    }

    private Optional<MealPeriod> period(JsonValue value, String field) {
        Optional<MealPeriod> period = value instanceof JsonString s ? MealPeriod.fromSlug(s.getString().strip())
                : Optional.empty();
        if (period.isEmpty()) {
            mistake(field, CampusFile.describe(value) + " is not a meal; write one of " + PERIODS);
        }
        return period;
    }

    private void mistake(String field, String what) {
        mistake.accept(where, "stations." + field + ": " + what);
    }
}
