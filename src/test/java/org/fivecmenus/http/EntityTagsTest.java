package org.fivecmenus.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = "\"36864d01e08a9ced2f8dfd145ed0bb8b\"";

    @Test
    void ifNoneMatchComparesWeaklyAcrossAList() {
        assertThat(EntityTags.anyMatches(TAG, TAG)).isTrue();
        assertThat(EntityTags.anyMatches("W/" + TAG, TAG)).isTrue();
        assertThat(EntityTags.anyMatches("\"other\", " + TAG, TAG)).isTrue();
        assertThat(EntityTags.anyMatches("*", TAG)).isTrue();
        assertThat(EntityTags.anyMatches("\"other\"", TAG)).isFalse();
        assertThat(EntityTags.anyMatches(null, TAG)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "\"", ",,,", "W/", "W/\"", "\"unterminated", "\"a b\"", "\u0000", "W/W/\"x\""})
    void aMalformedValidatorMatchesNothingAndNeverThrows(String field) {
        assertThat(EntityTags.anyMatches(field, TAG)).isFalse();
        assertThat(EntityTags.ifMatchHolds(field, TAG)).isFalse();
    }

    @Test
    void wellFormedMembersAreFoundAmongBrokenOnes() {
        assertThat(EntityTags.anyMatches("garbage, " + TAG, TAG)).isTrue();
        assertThat(EntityTags.parse("\"a\", junk, W/\"b\"")).extracting(EntityTags.Tag::opaque).containsExactly("\"a\"", "\"b\"");
    }

    @Test
    void ifMatchComparesStronglyAndHoldsWhenAbsent() {
        assertThat(EntityTags.ifMatchHolds(null, TAG)).isTrue();
        assertThat(EntityTags.ifMatchHolds(TAG, TAG)).isTrue();
        assertThat(EntityTags.ifMatchHolds("*", TAG)).isTrue();
        assertThat(EntityTags.ifMatchHolds("W/" + TAG, TAG)).as("a weak tag never matches strongly").isFalse();
        assertThat(EntityTags.ifMatchHolds("\"other\"", TAG)).isFalse();
    }

    @Test
    void anAbsurdlyLongFieldIsNotRead() {
        assertThat(EntityTags.anyMatches((TAG + ",").repeat(1000), TAG)).isFalse();
    }
}
