package org.fivecmenus.upstream;

import java.util.Locale;

/** Why a vendor was called. */
public enum FetchReason {
    /** A request found nothing usable in any cache or the database. */
    REQUEST,
    /** A kept menu was due, so it was fetched again behind the requests it kept answering. */
    REFRESH,
    /** Today's menu was read, so the coming days of that hall were fetched ahead. */
    PREFETCH,
    /** An operator asked for it. */
    REFETCH;

    /** Nobody waits for it: it takes its turn behind every call a request waits for ({@link FetchTurns}). */
    public boolean inBackground() {
        return this == REFRESH || this == PREFETCH;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
