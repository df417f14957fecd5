package org.fivecmenus.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.fivecmenus.cache.InFlight;
import org.fivecmenus.cache.MemoryCaches;
import org.fivecmenus.cache.SharedStore;
import org.fivecmenus.hall.Halls;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.Station;
import org.fivecmenus.menu.model.StationRole;
import org.fivecmenus.menu.model.DayStatus;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.fivecmenus.upstream.bonappetit.BonAppetitMenus;
import org.fivecmenus.upstream.pomona.PomonaKind;
import org.fivecmenus.upstream.sodexo.SodexoKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one fetch path (VendorMenus, without the container): with a hall's source pointed at a local server
 * serving a capture, fetching that hall's menu for the capture's date gives the same menu as parsing the
 * capture, one hall per vendor; a source is asked again with the validators it sent, and a 304 is read from
 * what was kept.
 */
class VendorMenusTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String FAKE_KEY = TestKinds.FAKE_KEY;

    private VendorMenus menus() {
        String base = "http://127.0.0.1:" + vendor.getPort();
        VendorMenus menus = new VendorMenus();
        menus.sources = new HallSources(List.of(
                new Halls.Origin("hoch", SodexoKind.NAME, base + "/v0.2/data/menu/13147001/15258?date={date}", null),
                new Halls.Origin("collins", BonAppetitKind.NAME, base + "/cafe/collins/{date}/", null),
                new Halls.Origin("frank", PomonaKind.NAME, base + "/eatec/Frank.json", null)), Map.of());
        menus.client = new VendorClient(VendorClient.httpClient(Duration.ofSeconds(2)), Duration.ofSeconds(10));
        menus.inFlight = new InFlight();
        menus.shared = SharedStore.NONE;
        menus.clock = Clock.fixed(Instant.parse("2025-12-01T20:00:00Z"), ZoneOffset.UTC);
        // Outside the container the breakers are plain calls: what is tested here is the path, not the breaker.
        menus.kinds = TestKinds.all(TestKinds.sodexo(FAKE_KEY));
        menus.timeout = Duration.ofSeconds(10);
        // Every read asks the vendor again, so the second one is the conditional GET.
        menus.feedReuse = Duration.ZERO;
        menus.turns = new FetchTurns(2);
        menus.caches = new MemoryCaches(name -> 16);
        menus.init();
        return menus;
    }

    @Test
    void fetchesCollinsLikeTheParserTest() throws Exception {
        LocalDate date = LocalDate.of(2026, 2, 7);
        byte[] page = Captures.bytes(Captures.COLLINS);
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withHeader("Last-Modified", "Sat, 07 Feb 2026 06:00:00 GMT").withBody(page)));

        DayMenu fetched = menus().fetch("collins", date, FetchReason.REQUEST);

        assertThat(fetched).isEqualTo(new BonAppetitMenus().parse(page, "collins", date));
        assertThat(fetched.meals()).hasSize(2);
    }

    @Test
    void aHallsStationChangesFromTheCampusFileShapeItsMenu() throws Exception {
        LocalDate date = LocalDate.of(2026, 2, 7);
        byte[] page = Captures.bytes(Captures.COLLINS);
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=UTF-8").withBody(page)));
        DayMenu asTheKindCurates = new BonAppetitMenus().parse(page, "collins", date);
        Station first = asTheKindCurates.meals().get(0).stations().get(0);
        assertThat(first.role()).isNotEqualTo(StationRole.CATALOGUE);
        VendorMenus menus = menus();
        menus.stations = new HallStations(Map.of("collins", new StationChanges(List.of(first.name()), List.of(),
                List.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of())));

        DayMenu fetched = menus.fetch("collins", date, FetchReason.REQUEST);

        Station hidden = fetched.meals().get(0).stations().stream().filter(s -> s.name().equals(first.name()))
                .findFirst().orElseThrow();
        assertThat(hidden.role()).isEqualTo(StationRole.CATALOGUE);
        assertThat(hidden.items()).as("nothing the vendor listed is lost").isEqualTo(first.items());
    }

    @Test
    void aDatedPageIsAskedAgainWithItsLastModifiedAndA304IsTheMenuAlreadyRead() throws Exception {
        LocalDate date = LocalDate.of(2026, 2, 7);
        byte[] page = Captures.bytes(Captures.COLLINS);
        String modified = "Sat, 07 Feb 2026 06:00:00 GMT";
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=UTF-8").withHeader("Last-Modified", modified)
                .withBody(page)));
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).withHeader("If-Modified-Since", equalTo(modified))
                .willReturn(aResponse().withStatus(304)));
        VendorMenus menus = menus();

        DayMenu first = menus.fetch("collins", date, FetchReason.REQUEST);
        DayMenu again = menus.fetch("collins", date, FetchReason.REFRESH);
        DayMenu refetched = menus.fetch("collins", date, FetchReason.REFETCH);

        assertThat(again).isEqualTo(first).isEqualTo(refetched);
        vendor.verify(1, getRequestedFor(urlEqualTo("/cafe/collins/2026-02-07/"))
                .withHeader("If-Modified-Since", equalTo(modified)));
        vendor.verify(3, getRequestedFor(urlEqualTo("/cafe/collins/2026-02-07/")));
    }

    @Test
    void fetchesHochLikeTheParserTest() throws Exception {
        LocalDate date = LocalDate.of(2025, 11, 15);
        byte[] body = Captures.hochV02();
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2025-11-15"))
                .withHeader("API-Key", equalTo(FAKE_KEY))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));

        DayMenu fetched = menus().fetch("hoch", date, FetchReason.REQUEST);

        assertThat(fetched).isEqualTo(TestKinds.SODEXO.parser(TestKinds.SODEXO.stations()).parse(body, "hoch", date));
        assertThat(fetched.status()).isEqualTo(DayStatus.SERVED);
    }

    @Test
    void fetchesFrankLikeTheParserTestAndThenNotModified() throws Exception {
        LocalDate date = LocalDate.of(2025, 12, 1);
        byte[] feed = Captures.jsonp(Captures.bytes(Captures.FRANK));
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/javascript").withHeader("ETag", "\"w2\"").withBody(feed)));
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).withHeader("If-None-Match", equalTo("\"w2\""))
                .willReturn(aResponse().withStatus(304)));

        VendorMenus menus = menus();
        DayMenu expected = TestKinds.POMONA.parser(TestKinds.POMONA.stations()).parse(feed, "frank", date);
        assertThat(menus.fetch("frank", date, FetchReason.REQUEST)).isEqualTo(expected);

        assertThat(menus.fetch("frank", date.plusDays(1), FetchReason.REQUEST))
                .isEqualTo(TestKinds.POMONA.parser(TestKinds.POMONA.stations()).parse(feed, "frank", date.plusDays(1)));
        vendor.verify(1, getRequestedFor(urlEqualTo("/eatec/Frank.json")).withHeader("If-None-Match", equalTo("\"w2\"")));
        vendor.verify(2, getRequestedFor(urlEqualTo("/eatec/Frank.json")));
    }

    @Test
    void notPublishedIsAnAnswerNotAFailure() throws Exception {
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2026-09-30"))
                .willReturn(aResponse().withBody("[]")));

        DayMenu fetched = menus().fetch("hoch", LocalDate.of(2026, 9, 30), FetchReason.REQUEST);

        assertThat(fetched.status()).isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void errorPageWithStatus200IsAParseFailure() {
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).willReturn(aResponse()
                .withBody("<html><body>Please log in</body></html>")));

        assertThatThrownBy(() -> menus().fetch("frank", LocalDate.of(2025, 12, 1), FetchReason.REQUEST))
                .isInstanceOfSatisfying(MenuParseException.class, e -> {
                    assertThat(e.vendor()).isEqualTo(PomonaKind.NAME);
                    assertThat(e.hallId()).isEqualTo("frank");
                });
    }

    @Test
    void eachCallCountsInItsKindsOwnHealthAndInNoOtherKinds() throws Exception {
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2026-09-30"))
                .willReturn(aResponse().withBody("[]")));
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2026-10-01"))
                .willReturn(aResponse().withStatus(500)));
        VendorMenus menus = menus();
        VendorKind sodexo = menus.kinds.get(SodexoKind.NAME);
        long bonAppetitCalls = menus.kinds.get(BonAppetitKind.NAME).health().figures().calls();

        menus.fetch("hoch", LocalDate.of(2026, 9, 30), FetchReason.REQUEST);
        assertThatThrownBy(() -> menus.fetch("hoch", LocalDate.of(2026, 10, 1), FetchReason.REQUEST))
                .isInstanceOf(VendorException.class);

        KindHealth.Figures figures = sodexo.health().figures();
        assertThat(figures.kind()).isEqualTo(SodexoKind.NAME);
        assertThat(figures.calls()).isEqualTo(2);
        assertThat(figures.failures()).isEqualTo(1);
        assertThat(figures.lastFailure()).contains("500");
        assertThat(figures.lastSuccess()).isEqualTo(menus.clock.instant());
        assertThat(figures.paused()).isFalse();
        assertThat(menus.kinds.get(BonAppetitKind.NAME).health().figures().calls()).isEqualTo(bonAppetitCalls);
    }
}
