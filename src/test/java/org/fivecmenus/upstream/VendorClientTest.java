package org.fivecmenus.upstream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.fivecmenus.upstream.VendorException.Failure;
import org.fivecmenus.upstream.bonappetit.BonAppetitKind;
import org.fivecmenus.upstream.pomona.PomonaKind;
import org.fivecmenus.upstream.sodexo.SodexoKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP side against a local WireMock on a dynamic loopback port. */
class VendorClientTest {

    @RegisterExtension
    static final WireMockExtension vendor = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static final String FAKE_KEY = TestKinds.FAKE_KEY;
    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);

    private final VendorClient client =
            new VendorClient(VendorClient.httpClient(Duration.ofSeconds(2)), Duration.ofSeconds(5));

    private String url(String path) {
        return "http://127.0.0.1:" + vendor.getPort() + path;
    }

    @Test
    void sendsUserAgentAcceptAndTheSodexoKeyWithTheDate() throws Exception {
        vendor.stubFor(get(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2026-02-07"))
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        VendorResponse response = fetch(client, "hoch", TestKinds.SODEXO,
                url("/v0.2/data/menu/13147001/15258?date={date}"), DATE, Validators.NONE);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]".getBytes());
        assertThat(response.validators().isEmpty()).isTrue();
        vendor.verify(getRequestedFor(urlEqualTo("/v0.2/data/menu/13147001/15258?date=2026-02-07"))
                .withHeader("User-Agent", equalTo(VendorHeaders.USER_AGENT))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("API-Key", equalTo(FAKE_KEY)));
    }

    @Test
    void sendsTheConfiguredHeadersOfTheVendor() throws Exception {
        VendorClient configured = new VendorClient(VendorClient.httpClient(Duration.ofSeconds(2)),
                Duration.ofSeconds(5), VendorHeaders.configured(Map.of(BonAppetitKind.NAME,
                "User-Agent: Mozilla/5.0 (compatible) | Accept-Language: en")));
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).willReturn(aResponse().withBody("<html>")));

        fetch(configured, "collins", TestKinds.BON_APPETIT, url("/cafe/collins/{date}/"), DATE, Validators.NONE);

        vendor.verify(getRequestedFor(urlEqualTo("/cafe/collins/2026-02-07/"))
                .withHeader("User-Agent", equalTo("Mozilla/5.0 (compatible)"))
                .withHeader("Accept-Language", equalTo("en"))
                .withHeader("Accept", equalTo("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")));
    }

    @Test
    void sendsTheSodexoKeyToSodexoOnly() throws Exception {
        vendor.stubFor(get(urlEqualTo("/cafe/collins/2026-02-07/")).willReturn(aResponse().withBody("<html>")));

        fetch(client, "collins", TestKinds.BON_APPETIT, url("/cafe/collins/{date}/"), DATE, Validators.NONE);

        vendor.verify(getRequestedFor(urlEqualTo("/cafe/collins/2026-02-07/"))
                .withHeader("API-Key", absent())
                .withHeader("Accept", equalTo("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")));
    }

    @Test
    void refusesSodexoWithoutAConfiguredKey() {
        VendorKind keyless = TestKinds.sodexo(" ");

        assertThatThrownBy(() -> fetch(client, "hoch", keyless, url("/menu?date={date}"), DATE,
                Validators.NONE))
                .isInstanceOfSatisfying(VendorException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.CONFIGURATION));
        assertThat(vendor.getAllServeEvents()).isEmpty();
    }

    @Test
    void conditionalGetGivesNotModifiedWithTheValidators() throws Exception {
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).withHeader("If-None-Match", absent())
                .willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v1\"")
                        .withHeader("Last-Modified", "Sat, 07 Feb 2026 08:00:00 GMT").withBody("{}")));
        vendor.stubFor(get(urlEqualTo("/eatec/Frank.json")).withHeader("If-None-Match", equalTo("\"v1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v1\"")));

        VendorResponse first = fetch(client, "frank", TestKinds.POMONA, url("/eatec/Frank.json"), DATE,
                Validators.NONE);
        VendorResponse second = fetch(client, "frank", TestKinds.POMONA, url("/eatec/Frank.json"), DATE,
                first.validators());

        assertThat(first.notModified()).isFalse();
        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Sat, 07 Feb 2026 08:00:00 GMT"));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
        assertThat(second.validators()).as("kept from the previous response where the 304 repeats none")
                .isEqualTo(first.validators());
        vendor.verify(getRequestedFor(urlEqualTo("/eatec/Frank.json"))
                .withHeader("If-Modified-Since", equalTo("Sat, 07 Feb 2026 08:00:00 GMT")));
    }

    @Test
    void nonSuccessStatusIsATypedFailure() {
        vendor.stubFor(get(urlEqualTo("/menu?date=2026-02-07"))
                .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}")));

        assertThatThrownBy(() -> fetch(client, "hoch", TestKinds.SODEXO, url("/menu?date={date}"), DATE,
                Validators.NONE))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.HTTP_STATUS);
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.vendor()).isEqualTo(SodexoKind.NAME);
                    assertThat(e.hallId()).isEqualTo("hoch");
                    assertThat(e.getMessage()).contains("HTTP 401").doesNotContain(FAKE_KEY);
                });
    }

    @Test
    void aRedirectIsNotFollowedSoTheKeyNeverLeavesTheConfiguredHost() {
        vendor.stubFor(get(urlEqualTo("/menu?date=2026-02-07")).willReturn(aResponse().withStatus(301)
                .withHeader("Location", "https://elsewhere.example/menu?date=2026-02-07")));

        assertThatThrownBy(() -> fetch(client, "hoch", TestKinds.SODEXO, url("/menu?date={date}"), DATE,
                Validators.NONE))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.status()).isEqualTo(301);
                    assertThat(e.getMessage()).contains("moved to https://elsewhere.example/menu?date=2026-02-07")
                            .contains("hall.hoch.source");
                });
        assertThat(vendor.getAllServeEvents()).hasSize(1);
    }

    @Test
    void serverErrorIsATypedFailure() {
        vendor.stubFor(get(urlEqualTo("/eatec/Frary.json")).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> fetch(client, "frary", TestKinds.POMONA, url("/eatec/Frary.json"), DATE,
                Validators.NONE))
                .isInstanceOfSatisfying(VendorException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void slowHeadersTimeOut() {
        vendor.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withFixedDelay(5_000).withBody("{}")));
        VendorClient impatient = new VendorClient(VendorClient.httpClient(Duration.ofSeconds(1)),
                Duration.ofMillis(300));

        assertTimeoutPreemptively(Duration.ofSeconds(3), () ->
                assertThatThrownBy(() -> fetch(impatient, "frank", TestKinds.POMONA, url("/slow"), DATE,
                        Validators.NONE))
                        .isInstanceOfSatisfying(VendorException.class,
                                e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT)));
    }

    @Test
    void tricklingBodyTimesOutToo() {
        // Headers come at once, the body over 5 s: HttpRequest.timeout alone would wait for all of it.
        vendor.stubFor(get(urlEqualTo("/trickle")).willReturn(aResponse().withBody("x".repeat(10_000))
                .withChunkedDribbleDelay(50, 5_000)));
        VendorClient impatient = new VendorClient(VendorClient.httpClient(Duration.ofSeconds(1)),
                Duration.ofMillis(500));

        assertTimeoutPreemptively(Duration.ofSeconds(3), () ->
                assertThatThrownBy(() -> fetch(impatient, "collins", TestKinds.BON_APPETIT, url("/trickle"), DATE,
                        Validators.NONE))
                        .isInstanceOfSatisfying(VendorException.class,
                                e -> assertThat(e.failure()).isEqualTo(Failure.TIMEOUT)));
    }

    @Test
    void oversizedBodyIsRefused() {
        vendor.stubFor(get(urlEqualTo("/huge")).willReturn(aResponse().withBody("x".repeat(50_000))));
        VendorClient capped = new VendorClient(VendorClient.httpClient(Duration.ofSeconds(1)), Duration.ofSeconds(5),
                10_000);

        assertThatThrownBy(() -> fetch(capped, "collins", TestKinds.BON_APPETIT, url("/huge"), DATE,
                Validators.NONE))
                .isInstanceOfSatisfying(VendorException.class,
                        e -> assertThat(e.failure()).as(e.toString()).isEqualTo(Failure.TOO_LARGE));
    }

    @Test
    void refusedConnectionIsATypedFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String template = "http://127.0.0.1:" + closedPort + "/eatec/Frank.json";

        assertThatThrownBy(() -> fetch(client, "frank", TestKinds.POMONA, template, DATE, Validators.NONE))
                .isInstanceOfSatisfying(VendorException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.IO);
                    assertThat(e.status()).isZero();
                });
    }

    /** A fetch of a hall whose source is this template. */
    private static VendorResponse fetch(VendorClient client, String hallId, VendorKind kind, String template,
                                        LocalDate date, Validators previous) throws VendorException {
        return client.fetch(new HallSources.HallSource(hallId, kind.name(), template, null), date, previous, kind);
    }
}
