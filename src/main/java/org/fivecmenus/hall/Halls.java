package org.fivecmenus.hall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fivecmenus.database.Database;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.config.JsonConfig;

/**
 * The halls, in display order. They change only with a migration (a deploy), so they are read from the
 * database once and then served from memory; until that first read succeeds, each call tries again.
 */
@ApplicationScoped
public class Halls {

    /**
     * Where a hall's menu comes from unless configuration says otherwise: its vendor, the URL template of its
     * menus, and its page on the vendor's site (which, for Sodexo, shows today's menu).
     */
    public record Origin(String id, VendorKindName vendor, String menuSource, String website) {
    }

    /** Everything derived from the one read. */
    private record Snapshot(List<HallView> all, Map<String, HallView> byId, Map<String, String> websites,
                            List<Origin> origins, Prepared json) {
    }

    @Inject
    Database database;

    private volatile Snapshot snapshot;

    private Snapshot snapshot() {
        Snapshot known = snapshot;
        if (known == null) {
            known = database.read(em -> {
                List<Hall> rows = em.createNamedQuery(Hall.ALL, Hall.class).getResultList();
                List<HallView> all = rows.stream().map(HallView::of).toList();
                Map<String, HallView> byId = new LinkedHashMap<>();
                all.forEach(hall -> byId.put(hall.id(), hall));
                Map<String, String> websites = new LinkedHashMap<>();
                rows.stream().filter(h -> h.getWebsite() != null).forEach(h -> websites.put(h.getId(), h.getWebsite()));
                List<Origin> origins = rows.stream().map(h -> new Origin(h.getId(), h.getVendor(), h.getMenuSource(),
                        h.getWebsite())).toList();
                return new Snapshot(all, Map.copyOf(byId), Map.copyOf(websites), origins,
                        Prepared.json(JsonConfig.jsonb().toJson(all)));
            });
            snapshot = known;
        }
        return known;
    }

    public List<HallView> all() {
        return snapshot().all();
    }

    /** The halls as the API answers them, prepared once. */
    public Prepared json() {
        return snapshot().json();
    }

    /** Each hall's vendor and default sources, in display order. */
    public List<Origin> origins() {
        return snapshot().origins();
    }

    /** Each hall's page on the vendor's own site, by hall id. */
    public Map<String, String> websites() {
        return snapshot().websites();
    }

    /** The hall by its id as a client wrote it: any case, spaces around it. */
    public Optional<HallView> find(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        // Hall ids are short slugs; anything else (a NUL byte, a novel) is simply not a hall.
        String key = id.strip().toLowerCase(Locale.ROOT);
        if (!key.matches("[a-z0-9_-]{1,32}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().byId().get(key));
    }
}
