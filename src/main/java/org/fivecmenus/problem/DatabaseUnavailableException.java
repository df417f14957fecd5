package org.fivecmenus.problem;

/** The database cannot be reached now; the request may succeed later (503, not 500). */
public class DatabaseUnavailableException extends RuntimeException {

    /** The public message: where and why is for the log and the health view, not for API clients. */
    public DatabaseUnavailableException() {
        super("The database is not available right now; try again shortly.");
    }
}
