package org.fivecmenus.database;

/** What readiness reports about the database. */
public record DatabaseState(boolean up, String kind, String schemaVersion, String error) {
}
