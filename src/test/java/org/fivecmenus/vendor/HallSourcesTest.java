package org.fivecmenus.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.fivecmenus.vendor.HallSources.HallSource;
import org.junit.jupiter.api.Test;

class HallSourcesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);

    @Test
    void defaultsAreTheRealVendorUrls() {
        HallSources sources = HallSources.defaults();

        assertThat(sources.all()).extracting(HallSource::hallId)
                .containsExactly("hoch", "collins", "malott", "mcconnell", "frank", "frary", "oldenborg");
        assertThat(sources.get("hoch").vendor()).isEqualTo(VendorType.SODEXO);
        assertThat(sources.get("hoch").uri(DATE)).isEqualTo(
                URI.create("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2026-02-07"));
        assertThat(sources.get("collins").uri(DATE))
                .isEqualTo(URI.create("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/"));
        assertThat(sources.get("malott").uri(DATE))
                .isEqualTo(URI.create("https://scripps.cafebonappetit.com/cafe/malott-dining-commons/2026-02-07/"));
        assertThat(sources.get("mcconnell").uri(DATE))
                .isEqualTo(URI.create("https://pitzer.cafebonappetit.com/cafe/mcconnell-bistro/2026-02-07/"));
        assertThat(sources.get("mcconnell").vendor()).isEqualTo(VendorType.BON_APPETIT);
        assertThat(sources.get("frank").uri(DATE)).isEqualTo(URI.create("https://api.pomona.edu/eatec/Frank.json"));
        assertThat(sources.get("frary").uri(DATE)).isEqualTo(URI.create("https://api.pomona.edu/eatec/Frary.json"));
        assertThat(sources.get("oldenborg").uri(DATE))
                .isEqualTo(URI.create("https://api.pomona.edu/eatec/Oldenborg.json"));
        assertThat(sources.get("oldenborg").vendor()).isEqualTo(VendorType.POMONA);
    }

    @Test
    void configurationOverridesOneHall() {
        HallSources sources = new HallSources(Map.of("hall.hoch.source", " http://127.0.0.1:8089/menu?d={date} "));

        assertThat(HallSources.configKey("hoch")).isEqualTo("hall.hoch.source");
        assertThat(sources.get("hoch").uri(DATE)).isEqualTo(URI.create("http://127.0.0.1:8089/menu?d=2026-02-07"));
        assertThat(sources.get("collins").urlTemplate()).startsWith("https://collins-cmc.");
    }

    @Test
    void blankConfigurationMeansDefault() {
        assertThat(new HallSources(Map.of("hall.frary.source", "")).get("frary").urlTemplate())
                .isEqualTo("https://api.pomona.edu/eatec/Frary.json");
    }

    @Test
    void rejectsATemplateThatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> new HallSources(Map.of("hall.frank.source", "api.pomona.edu/eatec/Frank.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hall.frank.source");
        assertThatThrownBy(() -> new HallSources(Map.of("hall.frank.source", "file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallSources(Map.of("hall.frank.source", "http://bad host/{date}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownHallIsRefused() {
        assertThat(HallSources.defaults().find("platt")).isEmpty();
        assertThatThrownBy(() -> HallSources.defaults().get("platt")).isInstanceOf(IllegalArgumentException.class);
    }
}
