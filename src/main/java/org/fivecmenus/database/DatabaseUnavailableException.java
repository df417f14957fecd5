package org.fivecmenus.database;

/** The database cannot be reached now; the request may succeed later (503, not 500). */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
