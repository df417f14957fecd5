package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParametersTest {

    @Test
    void namesAndValuesAreDecodedAsUtf8InTheirOrder() {
        assertThat(RequestParameters.parse("reason=Caf%C3%A9+closed+for+D%C3%ADa+de+Muertos&day=1&day=2&%5Fcsrf=t",
                StandardCharsets.UTF_8))
                .containsExactly(Map.entry("reason", List.of("Café closed for Día de Muertos")),
                        Map.entry("day", List.of("1", "2")), Map.entry("_csrf", List.of("t")));
    }

    @Test
    void rawBytesAsTheServerHandsThemOverAreUtf8Too() {
        // "crème" sent unescaped: the server gives each byte as one character.
        String raw = new String("q=crème".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        assertThat(RequestParameters.parse(raw, StandardCharsets.UTF_8)).containsEntry("q", List.of("crème"));
    }

    @Test
    void aNameWithoutValueIsEmptyAndEmptyPairsAreSkipped() {
        assertThat(RequestParameters.parse("overnight&&a=", StandardCharsets.UTF_8))
                .containsExactly(Map.entry("overnight", List.of("")), Map.entry("a", List.of("")));
    }

    @Test
    void whatIsMalformedBecomesAReplacementCharacterNeverAnError() {
        assertThat(RequestParameters.decode("%G0", StandardCharsets.UTF_8)).isEqualTo("%G0");
        assertThat(RequestParameters.decode("50%", StandardCharsets.UTF_8)).isEqualTo("50%");
        assertThat(RequestParameters.decode("%4", StandardCharsets.UTF_8)).isEqualTo("%4");
        assertThat(RequestParameters.decode("%C3%28", StandardCharsets.UTF_8)).isEqualTo("\uFFFD(");
        assertThat(RequestParameters.decode("\u00ff\u00fe", StandardCharsets.UTF_8)).isEqualTo("\uFFFD\uFFFD");
        assertThat(RequestParameters.decode("%ED%A0%80", StandardCharsets.UTF_8)).doesNotContain("\uD800");
    }

    @Test
    void anEncodedNameIsTheNameItDecodesTo() {
        assertThat(RequestParameters.parse("_%63srf=a&%5fcsrf=b", StandardCharsets.UTF_8))
                .containsEntry("_csrf", List.of("a", "b"));
    }
}
