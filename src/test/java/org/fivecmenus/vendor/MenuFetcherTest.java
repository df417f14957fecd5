package org.fivecmenus.vendor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.fivecmenus.menu.model.DayMenu;
import org.fivecmenus.menu.model.DayStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Acceptance: with a hall's source pointed at a local server serving a capture, fetching that hall's menu for
 * the capture's date gives the same menu as parsing the capture. One hall per vendor.
 */
class MenuFetcherTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String FAKE_KEY = "fake-key-for-tests";

    private MenuFetcher fetcher() {
        String base = "http://127.0.0.1:" + vendor.getPort();
        HallSources sources = new HallSources(Map.of(
                "hall.hoch.source", base + "/v0.2/data/menu/13147001/15258?date={date}",
                "hall.collins.source", base + "/cafe/collins/{date}/",
                "hall.frank.source", base + "/eatec/Frank.json"));
        return new MenuFetcher(sources,
                new VendorClient(VendorClient.httpClient(Duration.ofSeconds(2)), Duration.ofSeconds(10), FAKE_KEY));
    }

    @Test
    void fetchesCollinsLikeTheParserTest() throws Exception {
        LocalDate date = LocalDate.of(2026, 2, 7);
        byte[] page = Captures.bytes(Captures.COLLINS);
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=UTF-8")
                .withHeader("Last-Modified", "Sat, 07 Feb 2026 06:00:00 GMT").withBody(page)));

        FetchedMenu fetched = fetcher().fetch("collins", date, Validators.NONE);

        DayMenu expected = new BonAppetitMenus().parse(page, "collins", date);
        assertThat(fetched.menu()).isEqualTo(expected);
        assertThat(fetched.menu().meals()).hasSize(2);
        assertThat(fetched.response().validators().lastModified()).isEqualTo("Sat, 07 Feb 2026 06:00:00 GMT");
    }

    @Test
    void fetchesHochLikeTheParserTest() throws Exception {
        LocalDate date = LocalDate.of(2025, 11, 15);
        byte[] body = Captures.hochV02();
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2025-11-15"))
                .withHeader("API-Key", equalTo(FAKE_KEY))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));

        FetchedMenu fetched = fetcher().fetch("hoch", date, Validators.NONE);

        assertThat(fetched.menu()).isEqualTo(new SodexoMenus().parse(body, "hoch", date));
        assertThat(fetched.menu().status()).isEqualTo(DayStatus.SERVED);
    }

    @Test
    void fetchesFrankLikeTheParserTestAndThenNotModified() throws Exception {
        LocalDate date = LocalDate.of(2025, 12, 1);
        byte[] feed = Captures.jsonp(Captures.bytes(Captures.FRANK));
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/javascript").withHeader("ETag", "\"w2\"").withBody(feed)));
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).withHeader("If-None-Match", equalTo("\"w2\""))
                .willReturn(aResponse().withStatus(304)));

        FetchedMenu fetched = fetcher().fetch("frank", date, Validators.NONE);
        assertThat(fetched.menu()).isEqualTo(new PomonaMenus().parse(feed, "frank", date));

        FetchedMenu again = fetcher().fetch("frank", date, fetched.response().validators());
        assertThat(again.notModified()).isTrue();
        assertThat(again.menu()).isNull();
    }

    @Test
    void notPublishedIsAnAnswerNotAFailure() throws Exception {
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2026-09-30"))
                .willReturn(aResponse().withBody("[]")));

        FetchedMenu fetched = fetcher().fetch("hoch", LocalDate.of(2026, 9, 30), Validators.NONE);

        assertThat(fetched.menu().status()).isEqualTo(DayStatus.NOT_PUBLISHED);
    }

    @Test
    void errorPageWithStatus200IsAParseFailure() {
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).willReturn(aResponse()
                .withBody("<html><body>Please log in</body></html>")));

        assertThatThrownBy(() -> fetcher().fetch("frank", LocalDate.of(2025, 12, 1), Validators.NONE))
                .isInstanceOfSatisfying(MenuParseException.class, e -> {
                    assertThat(e.vendor()).isEqualTo(VendorType.POMONA);
                    assertThat(e.hallId()).isEqualTo("frank");
                });
    }
}
