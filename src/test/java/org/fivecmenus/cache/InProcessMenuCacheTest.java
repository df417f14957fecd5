package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessMenuCacheTest {

    private final InProcessMenuCache cache = new InProcessMenuCache(100);

    @Test
    void returnsWhatWasPutUntilItExpires() throws InterruptedException {
        cache.put("menu:hoch:2026-11-23", "{}", Duration.ofMillis(150));

        assertThat(cache.get("menu:hoch:2026-11-23")).hasValue("{}");
        Thread.sleep(300);
        assertThat(cache.get("menu:hoch:2026-11-23")).isEmpty();
    }

    @Test
    void reportsTheRemainingTimeToLive() {
        cache.put("k", "v", Duration.ofMinutes(30));

        assertThat(cache.ttl("k")).hasValueSatisfying(ttl ->
                assertThat(ttl).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30)));
        assertThat(cache.ttl("absent")).isEmpty();
    }

    @Test
    void forgetsAnEvictedKey() {
        cache.put("k", "v", Duration.ofMinutes(1));
        cache.evict("k");

        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void staysWithinItsSizeBound() {
        InProcessMenuCache small = new InProcessMenuCache(10);
        for (int i = 0; i < 1000; i++) {
            small.put("k" + i, "v", Duration.ofMinutes(1));
        }
        small.get("k0");

        assertThat(small.state().detail()).matches("\\d+ entries");
        assertThat(Long.parseLong(small.state().detail().split(" ")[0])).isLessThanOrEqualTo(20);
    }
}
