package org.fivecmenus.watch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WatchListTest {

    @Test
    void onlySlugsAreKeptEachOnceAndAtMostTwenty() {
        assertThat(WatchList.parse("cheeseburger,../x,cheeseburger,Pizza,mac-cheese").slugs())
                .containsExactly("cheeseburger", "mac-cheese");
        String many = String.join(",", IntStream.range(0, 30).mapToObj(i -> "dish" + i).toList());
        assertThat(WatchList.parse(many).slugs()).hasSize(WatchList.MAX);
        assertThat(WatchList.parse(null)).isEqualTo(WatchList.EMPTY);
    }

    @Test
    void addingTwiceOrToAFullListChangesNothingAndRemovingForgets() {
        WatchList one = WatchList.EMPTY.with("tofu");
        assertThat(one.with("tofu")).isEqualTo(one);
        assertThat(one.with("NOT A SLUG")).isEqualTo(one);
        assertThat(one.without("tofu").isEmpty()).isTrue();
        WatchList full = WatchList.parse(String.join(",", IntStream.range(0, 20).mapToObj(i -> "d" + i).toList()));
        assertThat(full.with("tofu")).isEqualTo(full);
    }

    @Test
    void theCookieHoldsTheSlugsForAYearAndAnEmptyListDeletesIt() {
        Cookie cookie = WatchList.parse("tofu,mac-cheese").toCookie();
        assertThat(cookie.getValue()).as("no id yet").isEqualTo("tofu.mac-cheese");
        assertThat(cookie.getMaxAge()).isEqualTo(60 * 60 * 24 * 365);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(WatchList.EMPTY.toCookie().getMaxAge()).isZero();
    }

    @Test
    void theSameDishesGetADifferentIdForEachListAndKeepItWhileTheListChanges() {
        WatchList mine = WatchList.EMPTY.with("tofu").identified();
        WatchList yours = WatchList.EMPTY.with("tofu").identified();

        assertThat(mine.id()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(yours.id());
        assertThat(mine.with("mac-cheese").id()).isEqualTo(mine.id());
        assertThat(mine.without("tofu").id()).isEqualTo(mine.id());
        assertThat(mine.identified()).isSameAs(mine);
        assertThat(mine.renewed().id()).isNotEqualTo(mine.id());
        assertThat(mine.renewed().slugs()).isEqualTo(mine.slugs());
    }

    @Test
    void theCookieCarriesTheIdBeforeTheSlugsAndACookieFromBeforeIdsStillReads() {
        WatchList list = WatchList.EMPTY.with("tofu").with("mac-cheese").identified();
        String value = list.toCookie().getValue();

        assertThat(value).isEqualTo(list.id() + "~tofu.mac-cheese");
        assertThat(WatchList.parseWithId(value)).isEqualTo(list);
        assertThat(WatchList.parseWithId("tofu.mac-cheese")).isEqualTo(new WatchList(null, list.slugs()));
        assertThat(WatchList.parseWithId("short~tofu").id()).as("a malformed id is dropped").isNull();
        assertThat(WatchList.parseWithId("short~tofu").slugs()).containsExactly("tofu");
    }
}
