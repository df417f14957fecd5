package org.fivecmenus.problem;

import java.util.Optional;

/** The one walk along an exception's causes, guarded against a cause that is itself. */
public final class Causes {

    private Causes() {
    }

    /** The innermost cause: what actually went wrong, under the wrappers. */
    public static Throwable root(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The first of the error and its causes, outermost first, that is of the type. */
    public static <T extends Throwable> Optional<T> find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** "SQLException: connection refused": the root cause's type and message, for a log line. */
    public static String rootMessage(Throwable error) {
        Throwable root = root(error);
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    }
}
