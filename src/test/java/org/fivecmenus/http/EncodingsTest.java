package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncodingsTest {

    @Test
    void gzipIsTakenWhenListedWithAPositiveQuality() {
        assertThat(Encodings.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Encodings.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(Encodings.acceptsGzip("x-gzip")).isTrue();
        assertThat(Encodings.acceptsGzip("*")).isTrue();
    }

    @Test
    void gzipIsRefusedWhenAbsentOrAtZero() {
        assertThat(Encodings.acceptsGzip(null)).isFalse();
        assertThat(Encodings.acceptsGzip("")).isFalse();
        assertThat(Encodings.acceptsGzip("identity")).isFalse();
        assertThat(Encodings.acceptsGzip("br, deflate")).isFalse();
        assertThat(Encodings.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Encodings.acceptsGzip("gzip;q=0.000")).isFalse();
        assertThat(Encodings.acceptsGzip("*, gzip;q=0")).as("an explicit refusal beats the wildcard").isFalse();
    }

    @Test
    void aMalformedQualityCountsAsRefused() {
        assertThat(Encodings.acceptsGzip("gzip;q=abc")).isFalse();
        assertThat(Encodings.acceptsGzip("gzip;q=2")).isFalse();
    }
}
