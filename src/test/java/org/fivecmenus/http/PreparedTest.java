package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PreparedTest {

    @Test
    void theTagIsTheHashOfTheBytesAndTheGzipFormHasItsOwn() throws IOException {
        Prepared body = Prepared.json("{\"menu\":\"" + "tacos ".repeat(200) + "\"}");

        assertThat(body.etag()).matches("\"[0-9a-f]{32}\"")
                .isEqualTo("\"" + Prepared.sha256(body.identity()).substring(0, 32) + "\"");
        assertThat(body.gzipEtag()).isEqualTo(body.etag().replace("\"", "").transform(t -> "\"" + t + "-gz\""));
        assertThat(new GZIPInputStream(new ByteArrayInputStream(body.gzip())).readAllBytes()).isEqualTo(body.identity());
        assertThat(body.gzip().length).isLessThan(body.identity().length / 5);
    }

    @Test
    void aClientHoldingEitherCodingRevalidates() {
        Prepared body = Prepared.html("<p>" + "x".repeat(1000) + "</p>");

        assertThat(body.matches(body.etag())).isTrue();
        assertThat(body.matches(body.gzipEtag())).isTrue();
        assertThat(body.matches("\"something else\"")).isFalse();
    }

    @Test
    void tinyBodiesAndImagesAreNotCompressed() {
        assertThat(Prepared.json("[]").gzip()).isNull();
        assertThat(Prepared.of(new byte[4096], "image/png").gzip()).isNull();
        assertThat(Prepared.of("a".repeat(4096).getBytes(StandardCharsets.UTF_8), "text/css;charset=UTF-8").gzip()).isNotNull();
    }
}
