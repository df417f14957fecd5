package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.fivecmenus.upstream.pomona.PomonaKind;
import org.fivecmenus.upstream.sodexo.SodexoKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VendorHeadersTest {

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)";

    @Test
    void byDefaultEachVendorGetsOurUserAgentAndItsAcceptType() {
        VendorHeaders headers = VendorHeaders.defaults();

        assertThat(headers.of(TestKinds.SODEXO)).containsExactly(
                Map.entry("User-Agent", VendorHeaders.USER_AGENT), Map.entry("Accept", "application/json"));
        assertThat(headers.of(TestKinds.BON_APPETIT)).containsEntry("Accept",
                "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    @Test
    void aConfiguredHeaderReplacesTheDefaultOfItsNameWhateverTheCaseAndAddsTheRest() {
        VendorHeaders headers = VendorHeaders.configured(Map.of(BonAppetitKind.NAME,
                "user-agent: " + BROWSER + " | Accept-Language: en-US,en;q=0.9"));

        assertThat(headers.of(TestKinds.BON_APPETIT)).containsExactly(
                Map.entry("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
                Map.entry("user-agent", BROWSER), Map.entry("Accept-Language", "en-US,en;q=0.9"));
        assertThat(headers.of(TestKinds.POMONA)).as("other vendors keep the defaults")
                .containsEntry("User-Agent", VendorHeaders.USER_AGENT);
    }

    @Test
    void anEmptyValueLeavesTheHeaderOut() {
        assertThat(VendorHeaders.configured(Map.of(PomonaKind.NAME, "Accept:")).of(TestKinds.POMONA))
                .containsOnlyKeys("User-Agent");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no colon here", ": value without a name", "Bad Name: x", "Host: evil.example",
            "API-Key: not here", "Content-Length: 3", "X-Forwarded: a\u0007b"})
    void aSettingThatIsNotAHeaderTheAppMaySendIsRefusedNamingTheSetting(String setting) {
        assertThatThrownBy(() -> VendorHeaders.configured(Map.of(SodexoKind.NAME, setting)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("VENDOR_SODEXO_HEADERS: ");
    }
}
