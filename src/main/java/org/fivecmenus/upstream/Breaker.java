package org.fivecmenus.upstream;

/**
 * The thresholds every kind's circuit breaker ({@link VendorKind#call}) is declared with, as annotation values
 * must be constants. When most of a kind's recent calls failed, further calls fail at once for a while instead
 * of each holding a thread for the vendor timeout, then one trial call decides. An answer that does not parse
 * counts as a failure too: a vendor that serves an error page for every day is as down as one that does not
 * answer. A 4xx about one page ({@link VendorException.PageRefused}: a hall's moved URL, a day with no page) is
 * not the vendor being down and counts as a success. The per-hall-and-date cool-down in {@code Menus} stops one
 * day being asked again and again; this stops a vendor that is down for every day being asked at all.
 *
 * <p>Operators change them as MicroProfile Fault Tolerance configuration of the kind's bean, e.g.
 * {@code org.fivecmenus.upstream.bonappetit.BonAppetitKind/call/CircuitBreaker/delay} (milliseconds), or as an
 * environment variable {@code ORG_FIVECMENUS_UPSTREAM_BONAPPETIT_BONAPPETITKIND_CALL_CIRCUITBREAKER_DELAY}.
 */
public final class Breaker {

    /** Eight calls, three-quarters failed: one hall whose page moved (a third of a kind's calls) opens nothing. */
    public static final int VOLUME = 8;
    public static final double FAILURE_RATIO = 0.75;
    /** How long an open breaker stays open before one trial call, in milliseconds. */
    public static final long DELAY_MS = 30_000;

    private Breaker() {
    }
}
