package org.fivecmenus.menu.model;

import jakarta.json.bind.annotation.JsonbCreator;
import java.text.Normalizer;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One meal of a day. Meals are keyed by their label slug, not by period: Collins serves Breakfast and
 * Continental Breakfast on one morning, two meals of one period.
 *
 * @param key       {@link #keyOf(String)} of the label
 * @param label     the vendor's label, trimmed, for display
 * @param period    null when the label names no known period ("AFTERNOON SNACK")
 * @param startsAt  null when neither the vendor nor the hall's hours give one
 * @param endsAt    null likewise
 * @param timesFrom null when untimed; {@link TimesFrom#VENDOR} when timed and not said otherwise
 */
public record Meal(String key, String label, MealPeriod period, LocalTime startsAt, LocalTime endsAt,
                   TimesFrom timesFrom, List<Station> stations) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    /** The constructor JSON-B reads cached copies with, the other one being for vendors. */
    @JsonbCreator
    public Meal(String key, String label, MealPeriod period, LocalTime startsAt, LocalTime endsAt,
                TimesFrom timesFrom, List<Station> stations) {
        // Explicit, not compact: see DayMenu's constructor.
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.period = period;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.stations = List.copyOf(stations);
        if (startsAt == null && endsAt == null) {
            this.timesFrom = null;
        } else {
            this.timesFrom = timesFrom == null ? TimesFrom.VENDOR : timesFrom;
        }
    }

    /** A meal as a vendor publishes it: timed by the vendor, or not at all. */
    public Meal(String key, String label, MealPeriod period, LocalTime startsAt, LocalTime endsAt,
                List<Station> stations) {
        this(key, label, period, startsAt, endsAt, null, stations);
    }

    /**
     * The meal as the site shows it by default: each station's shown items ({@link Station#shownItems()}),
     * stations that show none left out. What the API answers to {@code view=curated}.
     */
    public Meal curated() {
        List<Station> shown = stations.stream().filter(s -> s.shown() > 0)
                .map(s -> new Station(s.name(), s.role(), s.shown(), s.shownItems())).toList();
        return new Meal(key, label, period, startsAt, endsAt, timesFrom, shown);
    }

    /** "Continental Breakfast" → "continental_breakfast"; "Déjeuner&nbsp;" → "dejeuner". */
    public static String keyOf(String label) {
        String folded = MARKS.matcher(Normalizer.normalize(label.replace('\u00A0', ' '), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = NON_ALNUM.matcher(folded).replaceAll("_");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '_') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '_') {
            end--;
        }
        return slug.substring(start, end);
    }
}
