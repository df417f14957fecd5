package org.fivecmenus.upstream;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.hall.VendorKindName;

/**
 * Where each hall's menu comes from: its vendor and a URL template. The halls, their vendors and their default
 * sources are the hall table's ({@link Halls.Origin}); configuration ({@code hall.<id>.source}, environment
 * {@code HALL_<ID>_SOURCE}) overrides a source, because every host, slug and id has changed since 2016.
 * {@code {date}} is replaced by the ISO service date; a template without it is one document for every day it
 * covers (a week's feed).
 */
public final class HallSources {

    /** Placeholder for the ISO service date (2026-02-07) in a template. */
    public static final String DATE = "{date}";

    /**
     * One hall's source.
     *
     * @param page the hall's public page (its website, or {@code hall.<id>.page}), which a kind may read when its
     *             source cannot be ({@link VendorKind#detour}); null for a hall without one
     */
    public record HallSource(String hallId, VendorKindName vendor, String urlTemplate, String page) {

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
     * @param halls  each hall's vendor and default sources, from the hall table
     * @param config reads a configuration key such as {@code hall.hoch.source}; empty means "the hall's own"
     * @throws IllegalArgumentException when a template is not an absolute http(s) URL
     */
    public HallSources(List<Halls.Origin> halls, Function<String, Optional<String>> config) {
        for (Halls.Origin hall : halls) {
            String id = hall.id();
            String template = setting(config, configKey(id)).orElse(hall.menuSource());
            check(configKey(id), template);
            String page = setting(config, pageKey(id)).orElse(hall.website());
            if (page != null) {
                check(pageKey(id), page);
            }
            sources.put(id, new HallSource(id, hall.vendor(), template, page));
        }
    }

    /** For tests and tools: overrides by configuration key ({@code hall.collins.source}). */
    public HallSources(List<Halls.Origin> halls, Map<String, String> overrides) {
        this(halls, key -> Optional.ofNullable(overrides.get(key)));
    }

    /**
     * Checks every hall source that configuration sets, before the halls are read (the database may be down at
     * start-up): a typo fails the deployment with its message instead of every fetch later.
     */
    public static void checkConfigured(Iterable<String> names, Function<String, Optional<String>> config) {
        for (String name : names) {
            if (name.matches("hall\\.[a-z0-9_-]+\\.(source|page)") || name.matches("HALL_[A-Z0-9_]+_(SOURCE|PAGE)")) {
                setting(config, name).ifPresent(value -> check(name, value));
            }
        }
    }

    private static Optional<String> setting(Function<String, Optional<String>> config, String key) {
        return config.apply(key).map(String::strip).filter(value -> !value.isEmpty());
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

    private static void check(String key, String template) {
        try {
            URI.create(template.replace(DATE, "2026-01-01"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " is not a URL template: " + template, e);
        }
        if (templateUrl(template).isEmpty()) {
            throw new IllegalArgumentException(key + " must be an absolute http(s) URL: " + template);
        }
    }

    /**
     * The URL a source template stands for on some date, when it is an absolute http(s) URL with a host: what
     * every source must be, from configuration or a campus file.
     */
    public static Optional<URI> templateUrl(String template) {
        return httpUrl(template.replace(DATE, "2026-01-01"));
    }

    /** The text as a URL, when it is an absolute http(s) URL with a host (a hall's page, a site's address). */
    public static Optional<URI> httpUrl(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
        return uri.isAbsolute() && uri.getHost() != null && http ? Optional.of(uri) : Optional.empty();
    }
}
