package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.fivecmenus.upstream.pomona.PomonaKind;
import org.fivecmenus.upstream.sodexo.SodexoKind;
import org.junit.jupiter.api.Test;

class HallSourcesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);

    /** As the hall table has them (V11): the real vendor URLs. */
    private static final List<Halls.Origin> HALLS = List.of(
            new Halls.Origin("hoch", SodexoKind.NAME,
                    "https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date={date}",
                    "https://hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons"),
            new Halls.Origin("collins", BonAppetitKind.NAME,
                    "https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/",
                    "https://collins-cmc.cafebonappetit.com/cafe/collins/"),
            new Halls.Origin("frary", PomonaKind.NAME, "https://api.pomona.edu/eatec/Frary.json",
                    "https://www.pomona.edu/administration/dining/menus/frary"),
            new Halls.Origin("frank", PomonaKind.NAME, "https://api.pomona.edu/eatec/Frank.json", null));

    @Test
    void eachHallIsFetchedFromItsOwnSourceAndKnowsItsPublicPage() {
        HallSources sources = new HallSources(HALLS, Map.of());

        assertThat(Stream.of("hoch", "collins", "frary", "frank").map(sources::find)).allMatch(Optional::isPresent);
        assertThat(sources.find("oldenborg")).as("a hall not in the table").isEmpty();
        assertThat(sources.get("hoch").vendor()).isEqualTo(SodexoKind.NAME);
        assertThat(sources.get("hoch").uri(DATE)).isEqualTo(
                URI.create("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2026-02-07"));
        assertThat(sources.get("hoch").page())
                .isEqualTo("https://hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons");
        assertThat(sources.get("collins").uri(DATE))
                .isEqualTo(URI.create("https://collins-cmc.cafebonappetit.com/cafe/collins/2026-02-07/"));
        assertThat(sources.get("collins").page()).isEqualTo("https://collins-cmc.cafebonappetit.com/cafe/collins/");
        assertThat(sources.get("frank").page()).as("a hall without a website has no page").isNull();
        assertThat(sources.get("frary").uri(DATE)).isEqualTo(URI.create("https://api.pomona.edu/eatec/Frary.json"));
    }

    @Test
    void configurationOverridesOneHall() {
        HallSources sources = new HallSources(HALLS, Map.of("hall.hoch.source", " http://127.0.0.1:8089/menu?d={date} "));

        assertThat(HallSources.configKey("hoch")).isEqualTo("hall.hoch.source");
        assertThat(sources.get("hoch").uri(DATE)).isEqualTo(URI.create("http://127.0.0.1:8089/menu?d=2026-02-07"));
        assertThat(sources.get("collins").urlTemplate()).startsWith("https://collins-cmc.");
    }

    @Test
    void blankConfigurationMeansDefault() {
        assertThat(new HallSources(HALLS, Map.of("hall.frary.source", "")).get("frary").urlTemplate())
                .isEqualTo("https://api.pomona.edu/eatec/Frary.json");
    }

    @Test
    void rejectsATemplateThatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> new HallSources(HALLS, Map.of("hall.frank.source", "api.pomona.edu/eatec/Frank.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hall.frank.source");
        assertThatThrownBy(() -> new HallSources(HALLS, Map.of("hall.frank.source", "file:///etc/passwd")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HallSources(HALLS, Map.of("hall.frank.source", "http://bad host/{date}")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownHallIsRefused() {
        assertThat(new HallSources(HALLS, Map.of()).find("platt")).isEmpty();
        assertThatThrownBy(() -> new HallSources(HALLS, Map.of()).get("platt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuredSourcesAreCheckedBeforeTheHallsAreRead() {
        Map<String, String> configured = Map.of("HALL_FRANK_SOURCE", "api.pomona.edu/eatec/Frank.json",
                "hall.hoch.page", "https://hmc.example/page", "menus.cache.ttl", "not a URL");

        assertThatThrownBy(() -> HallSources.checkConfigured(configured.keySet(),
                key -> java.util.Optional.ofNullable(configured.get(key))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HALL_FRANK_SOURCE");
        HallSources.checkConfigured(List.of("hall.hoch.page", "menus.cache.ttl"),
                key -> java.util.Optional.ofNullable(configured.get(key)));
    }
}
