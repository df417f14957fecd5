package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OddRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/json, */*;q=0.8",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8",
            "application/json;charset=utf-8", "application/problem+json; q=1.0", "text/plain;format=\"a b\"",
            "application/json,", "*/*;Q=0.5"})
    void acceptFieldsBrowsersAndClientsSendAreKept(String field) {
        assertThat(OddRequests.wellFormedAccept(field)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=abc", "application/json;q=2", "json", "application/", "/json",
            "text/html;q=0.5;q", "a/b;=c", "application/json;q=0.1234", "text/html\u0000"})
    void malformedAcceptFieldsAreIgnoredRatherThanFailingTheRequest(String field) {
        assertThat(OddRequests.wellFormedAccept(field)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/halls/frary", "/api/v2/halls", "/api/v2/watch/x", "/static/site.css", "/watchlist",
            "/admin-x", "/openapi"})
    void pathsWithoutAFormAnswerReadingOnly(String path) {
        assertThat(OddRequests.allow(path)).isEqualTo("GET, HEAD, OPTIONS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/watch", "/admin", "/admin/login", "/admin/overrides"})
    void theWatchListAndTheAdminAreaTakeForms(String path) {
        assertThat(OddRequests.allow(path)).isEqualTo("GET, HEAD, POST, OPTIONS");
    }
}
