package org.fivecmenus.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.fivecmenus.upstream.FetchOutcome;
import org.fivecmenus.upstream.VendorFetch;
import org.junit.jupiter.api.Test;

class VendorHealthTest {

    @Test
    void alarmsWhenTheLatestMenuHasFarFewerDishesThanUsual() {
        assertThat(VendorHealth.drift(served(12, 80, 84, 79, 90, 85))).contains("12 dishes", "about 84");
    }

    @Test
    void staysQuietForUsualVariation() {
        assertThat(VendorHealth.drift(served(60, 80, 84, 79, 90, 85))).isNull();
    }

    @Test
    void needsSomeHistoryBeforeJudging() {
        assertThat(VendorHealth.drift(served(1, 90, 95))).isNull();
    }

    /** Newest first, as the report reads them. */
    private static List<VendorFetch> served(int... counts) {
        return Arrays.stream(counts).mapToObj(n -> new VendorFetch("collins", LocalDate.of(2026, 2, 7),
                OffsetDateTime.parse("2026-02-07T12:00:00Z"), 100, FetchOutcome.SERVED, n, null,
                org.fivecmenus.upstream.FetchReason.REQUEST)).toList();
    }
}
