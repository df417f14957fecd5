package org.fivecmenus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void aNewlineCannotStartAForgedLogLine() {
        String forged = "alice\nSEVERE: Admin 'root' signed in from 10.0.0.1";

        assertThat(LogSafe.text(forged)).doesNotContain("\n")
                .isEqualTo("alice\\u000aSEVERE: Admin 'root' signed in from 10.0.0.1");
    }

    @Test
    void everyControlCharacterAndLineSeparatorIsEscapedVisibly() {
        assertThat(LogSafe.text("a\r\tb\u001b[31mc\u2028d\u0085e")).isEqualTo("a\\u000d\\u0009b\\u001b[31mc\\u2028d\\u0085e");
    }

    @Test
    void aBackslashIsDoubledSoAnEscapeInTheInputCannotPassForOneOfOurs() {
        assertThat(LogSafe.text("a\\u000ab")).isEqualTo("a\\\\u000ab");
    }

    @Test
    void ordinaryTextIsUnchangedAndHugeTextIsCut() {
        assertThat(LogSafe.text("Zoë O'Brien")).isEqualTo("Zoë O'Brien");
        assertThat(LogSafe.text(null)).isEqualTo("null");
        assertThat(LogSafe.text("x".repeat(10_000))).hasSize(LogSafe.MAX_LENGTH + "…(10000 chars)".length())
                .endsWith("…(10000 chars)");
    }
}
