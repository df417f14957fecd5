package org.fivecmenus.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String hash = PasswordHashes.hash(PASSWORD.toCharArray());

        assertThat(PasswordHashes.matches(PASSWORD.toCharArray(), hash)).isTrue();
        assertThat(PasswordHashes.matches("correct horse battery stapler".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordIsSaltedDifferentlyEachTime() {
        assertThat(PasswordHashes.hash(PASSWORD.toCharArray())).isNotEqualTo(PasswordHashes.hash(PASSWORD.toCharArray()))
                .startsWith("pbkdf2-sha256$310000$");
    }

    @Test
    void malformedOrWeakStoredHashesNeverMatch() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$310000$abc", "md5$1$a$b",
                "pbkdf2-sha256$1$c2FsdA$aGFzaA", "pbkdf2-sha256$x$c2FsdA$aGFzaA", "pbkdf2-sha256$310000$!!$??"}) {
            assertThat(PasswordHashes.matches(PASSWORD.toCharArray(), stored)).as(stored).isFalse();
        }
    }

    @Test
    void shortPasswordsAreRefused() {
        assertThatThrownBy(() -> PasswordHashes.hash("short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12");
    }
}
