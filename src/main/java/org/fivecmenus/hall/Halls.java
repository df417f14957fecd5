package org.fivecmenus.hall;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.fivecmenus.database.Database;

/** The halls, in display order. */
@ApplicationScoped
public class Halls {

    @Inject
    Database database;

    public List<HallView> all() {
        return database.read(em -> em.createNamedQuery(Hall.ALL, Hall.class).getResultList()
                .stream().map(HallView::of).toList());
    }

    /** Each hall's page on the vendor's own site, by hall id. */
    public Map<String, String> websites() {
        return database.read(em -> em.createNamedQuery(Hall.ALL, Hall.class).getResultList().stream()
                .filter(h -> h.getWebsite() != null)
                .collect(Collectors.toMap(Hall::getId, Hall::getWebsite)));
    }

    public Optional<HallView> find(String id) {
        // Hall ids are short slugs; anything else (a NUL byte, a novel) is simply not a hall.
        if (id == null || !id.matches("[a-z0-9_-]{1,32}")) {
            return Optional.empty();
        }
        return database.read(em -> Optional.ofNullable(em.find(Hall.class, id)).map(HallView::of));
    }
}
