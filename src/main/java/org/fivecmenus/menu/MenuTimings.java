package org.fivecmenus.menu;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;

/**
 * How long a menu is kept and when it is due again: the timing rules of {@link Menus}, read from
 * configuration by {@link MenuSettings}, handed over whole by tests.
 *
 * @param lockTtl how long one instance's claim to fetch a day lasts: longer than the slowest vendor call
 */
public record MenuTimings(Duration ttl, Duration jitter, Duration negativeTtl, Duration waitTimeout,
                          Duration failureCooldown, Duration maxAge, Duration lockTtl, int prefetchDays) {

    /** XFetch's β: 1 is the paper's choice; larger refreshes earlier. */
    private static final double EARLY = 1.0;

    /**
     * XFetch: due once now + δ·β·(−ln U) passes the expiry, δ being how long the vendor took. Reads near the
     * expiry start the refresh a little early, the more so the slower the vendor, so that usually one read,
     * not a crowd, triggers it, and before anyone would have to wait. The head start is capped at a tenth of
     * the copy's life: a vendor slower than the TTL would otherwise make every copy due as soon as it is made.
     */
    public boolean due(PreparedDay day, long nowMillis) {
        long expires = day.expiresAt().toEpochMilli();
        long from = day.fetchedAt() == null ? expires : day.fetchedAt().toEpochMilli();
        long cap = Math.max(0, (expires - from) / 10);
        if (nowMillis + cap < expires) {
            return false;  // The common warm hit: no head start can reach the expiry yet, so no draw is needed.
        }
        double delta = Math.max(1, day.fetchTook().toMillis());
        double early = -delta * EARLY * Math.log(1 - ThreadLocalRandom.current().nextDouble());
        return nowMillis + (long) Math.min(early, cap) >= expires;
    }

    /** Menus change rarely within a day: 30 min ± 5 min, jittered so entries filled together expire apart. */
    public Duration ttlFor(DayMenu menu) {
        if (menu.status() != DayStatus.SERVED) {
            return negativeTtl;
        }
        long spread = jitter.toMillis();
        return ttl.plusMillis(spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1));
    }
}
