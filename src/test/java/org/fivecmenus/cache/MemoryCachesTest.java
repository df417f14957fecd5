package org.fivecmenus.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.stream.IntStream;
import org.fivecmenus.testing.ConfigNames;
import org.junit.jupiter.api.Test;

/** Each size-bound cache is named, has its setting with a default, and keeps within it. */
class MemoryCachesTest {

    @Test
    void everyCacheHasItsSettingAndADefault() {
        for (MemoryCaches.Name name : MemoryCaches.Name.values()) {
            assertThat(Long.parseLong(ConfigNames.defaultOf(name.setting()))).as(name.setting()).isPositive();
        }
        assertThat(MemoryCaches.Name.CARD_BODIES.setting()).isEqualTo("cache.card-bodies.max-mb");
    }

    @Test
    void aCacheKeepsWithinItsMegabytes() {
        MemoryCaches caches = new MemoryCaches(name -> name == MemoryCaches.Name.PAGES ? 1 : 100);
        Cache<Integer, byte[]> pages = caches.<Integer, byte[]>sized(MemoryCaches.Name.PAGES,
                (key, bytes) -> bytes.length).build();

        IntStream.range(0, 100).forEach(i -> pages.put(i, new byte[64 << 10]));

        assertThat(caches.maxBytes(MemoryCaches.Name.PAGES)).isEqualTo(1 << 20);
        assertThat(pages.asMap().values().stream().mapToLong(b -> b.length).sum()).isLessThanOrEqualTo(1 << 20);
    }
}
