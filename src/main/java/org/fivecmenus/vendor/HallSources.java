package org.fivecmenus.vendor;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * Where each hall's menu comes from: its vendor and a URL template. Templates are configuration
 * ({@code hall.<id>.source}, environment {@code HALL_<ID>_SOURCE}) because every host, slug and id has
 * changed since 2016; the defaults below are the real vendor URLs of 2026 and the only place they are written.
 * {@code {date}} is replaced by the ISO service date; Pomona's feed has none (one document holds the week).
 */
public final class HallSources {

    /** Placeholder for the ISO service date (2026-02-07) in a template. */
    public static final String DATE = "{date}";

    private static final Map<String, VendorType> VENDORS = new LinkedHashMap<>();
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();
    /** Public pages that show the menu of the day they are fetched on, read when the dated source cannot be. */
    private static final Map<String, String> PAGES = Map.of(
            "hoch", "https://hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons");

    static {
        hall("hoch", VendorType.SODEXO,
                "https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date={date}");
        hall("collins", VendorType.BON_APPETIT, "https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/");
        hall("malott", VendorType.BON_APPETIT,
                "https://scripps.cafebonappetit.com/cafe/malott-dining-commons/{date}/");
        hall("mcconnell", VendorType.BON_APPETIT, "https://pitzer.cafebonappetit.com/cafe/mcconnell-bistro/{date}/");
        hall("frank", VendorType.POMONA, "https://api.pomona.edu/eatec/Frank.json");
        hall("frary", VendorType.POMONA, "https://api.pomona.edu/eatec/Frary.json");
        hall("oldenborg", VendorType.POMONA, "https://api.pomona.edu/eatec/Oldenborg.json");
    }

    private static void hall(String id, VendorType vendor, String template) {
        VENDORS.put(id, vendor);
        DEFAULTS.put(id, template);
    }

    /**
     * One hall's source.
     *
     * @param todaysPage a page showing today's menu whatever date is asked (Hoch's Sodexo location page); null
     *                   for a hall without one
     */
    public record HallSource(String hallId, VendorType vendor, String urlTemplate, String todaysPage) {

        public HallSource {
            Objects.requireNonNull(hallId, "hallId");
            Objects.requireNonNull(vendor, "vendor");
            Objects.requireNonNull(urlTemplate, "urlTemplate");
        }

        /** The URL to fetch for a service date. */
        public URI uri(LocalDate date) {
            return URI.create(urlTemplate.replace(DATE, date.toString()));
        }
    }

    private final Map<String, HallSource> sources = new LinkedHashMap<>();

    /**
     * @param config reads a configuration key such as {@code hall.hoch.source}; empty means "use the default"
     * @throws IllegalArgumentException when a configured template is not an absolute http(s) URL, so a typo
     *                                  fails at start-up rather than at the first fetch
     */
    public HallSources(Function<String, Optional<String>> config) {
        for (var e : VENDORS.entrySet()) {
            String id = e.getKey();
            String template = config.apply(configKey(id)).map(String::strip).filter(s -> !s.isEmpty())
                    .orElse(DEFAULTS.get(id));
            check(configKey(id), template);
            String page = PAGES.containsKey(id) ? config.apply(pageKey(id)).map(String::strip)
                    .filter(p -> !p.isEmpty()).orElse(PAGES.get(id)) : null;
            if (page != null) {
                check(pageKey(id), page);
            }
            sources.put(id, new HallSource(id, e.getValue(), template, page));
        }
    }

    /** For tests and tools: overrides by configuration key ({@code hall.collins.source}), defaults otherwise. */
    public HallSources(Map<String, String> overrides) {
        this(key -> Optional.ofNullable(overrides.get(key)));
    }

    /** Through MicroProfile Config, so {@code HALL_HOCH_SOURCE} in the environment overrides the default. */
    public static HallSources fromConfig(Config config) {
        return new HallSources(key -> config.getOptionalValue(key, String.class));
    }

    public static HallSources defaults() {
        return new HallSources(Map.of());
    }

    public static String configKey(String hallId) {
        return "hall." + hallId + ".source";
    }

    /** {@code hall.hoch.page}, environment {@code HALL_HOCH_PAGE}. */
    public static String pageKey(String hallId) {
        return "hall." + hallId + ".page";
    }

    public Optional<HallSource> find(String hallId) {
        return Optional.ofNullable(sources.get(hallId));
    }

    /** @throws IllegalArgumentException for an unknown hall id */
    public HallSource get(String hallId) {
        return find(hallId).orElseThrow(() -> new IllegalArgumentException("Unknown hall: " + hallId));
    }

    public List<HallSource> all() {
        return new ArrayList<>(sources.values());
    }

    private static void check(String key, String template) {
        URI uri;
        try {
            uri = URI.create(template.replace(DATE, "2026-01-01"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a URL template: " + template, e);
        }
        if (!uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(key + " must be an absolute http(s) URL: " + template);
        }
    }
}
