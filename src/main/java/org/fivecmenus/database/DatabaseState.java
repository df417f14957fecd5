package org.fivecmenus.database;

/** What operators see of the database ({@code /admin/services}); readiness tells only whether it is up. */
public record DatabaseState(boolean up, String kind, String schemaVersion, String error) {
}
