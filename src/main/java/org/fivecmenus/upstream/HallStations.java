package org.fivecmenus.upstream;

import java.util.Map;

/**
 * Each hall's changes to its kind's station tables, as the campus file gives them (campus.CurrentCampus produces
 * it). Kept apart from the hall table on purpose: every instance reads the same file, so there is nothing to store.
 */
public record HallStations(Map<String, StationChanges> byHall) {

    /** Every hall curated by its kind's tables alone. */
    public static final HallStations NONE = new HallStations(Map.of());

    public HallStations {
        byHall = Map.copyOf(byHall);
    }

    public StationChanges of(String hallId) {
        return byHall.getOrDefault(hallId, StationChanges.NONE);
    }
}
