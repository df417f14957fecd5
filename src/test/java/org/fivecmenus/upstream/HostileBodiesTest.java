package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.fivecmenus.hall.VendorKindName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies a vendor or a proxy can send instead of a menu. Each must give a {@link MenuParseException} naming
 * the vendor and hall: never an unchecked exception, never a hang, never a "closed" day. The timeout is a
 * hang guard, not a speed goal.
 */
class HostileBodiesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    static Stream<Arguments> hostileBodies() {
        byte[] collins = Captures.bytes(Captures.COLLINS);
        byte[] frank = Captures.jsonp(Captures.bytes(Captures.FRANK));
        byte[] hoch = Captures.hochV02();
        return Stream.of(
                // Empty bodies.
                of(TestKinds.BON_APPETIT, "empty", new byte[0]),
                of(TestKinds.SODEXO, "empty", new byte[0]),
                of(TestKinds.POMONA, "empty", new byte[0]),
                of(TestKinds.SODEXO, "whitespace", text("  \n ")),
                // Truncated mid-document: the literal or the JSON never closes.
                of(TestKinds.BON_APPETIT, "truncated in menu_items", cut(collins, "Bamco.menu_items", 50_000)),
                of(TestKinds.BON_APPETIT, "truncated in a daypart", cut(collins, "Bamco.dayparts['4']", 300)),
                of(TestKinds.SODEXO, "truncated", Arrays.copyOf(hoch, hoch.length / 2)),
                of(TestKinds.POMONA, "truncated", Arrays.copyOf(frank, frank.length / 2)),
                of(TestKinds.POMONA, "truncated wrapper", text("/**/ menuData({\"EatecExchange\": {\"menu\": [")),
                // An HTML error page where JSON was expected, and where a cafe page was expected.
                of(TestKinds.SODEXO, "HTML error page", errorPage()),
                of(TestKinds.POMONA, "HTML error page", errorPage()),
                of(TestKinds.POMONA, "login portal", text("<html><script>location.href='/login(1)'</script></html>")),
                of(TestKinds.BON_APPETIT, "HTML error page", errorPage()),
                of(TestKinds.BON_APPETIT, "JSON instead of a page", text("{\"error\":\"authentication required\"}")),
                // Wrong JSON types.
                of(TestKinds.SODEXO, "object instead of array", text("{\"meals\": []}")),
                of(TestKinds.SODEXO, "meal is a string", text("[\"BRUNCH\"]")),
                of(TestKinds.SODEXO, "groups is an object", text("[{\"name\":\"LUNCH\",\"groups\":{}}]")),
                of(TestKinds.SODEXO, "items is a number", text("[{\"name\":\"LUNCH\",\"groups\":[{\"name\":\"GRILL\","
                        + "\"items\":7}]}]")),
                of(TestKinds.SODEXO, "formalName is an object", text("[{\"name\":\"LUNCH\",\"groups\":[{\"name\":"
                        + "\"GRILL\",\"items\":[{\"formalName\":{}}]}]}]")),
                of(TestKinds.SODEXO, "allergens is a string", text("[{\"name\":\"LUNCH\",\"groups\":[{\"name\":"
                        + "\"GRILL\",\"items\":[{\"formalName\":\"Egg\",\"allergens\":\"Egg\"}]}]}]")),
                of(TestKinds.SODEXO, "meal without name", text("[{\"groups\":[]}]")),
                of(TestKinds.POMONA, "array instead of object", text("[1, 2, 3]")),
                of(TestKinds.POMONA, "no EatecExchange", text("{\"menu\": []}")),
                of(TestKinds.POMONA, "menu is a string", text("{\"EatecExchange\": {\"menu\": \"none\"}}")),
                of(TestKinds.POMONA, "recipes is a number", text("{\"EatecExchange\": {\"menu\": [{\"@servedate\": "
                        + "\"20260207\", \"@mealperiodname\": \"Lunch\", \"recipes\": 5}]}}")),
                of(TestKinds.POMONA, "bad servedate", text("{\"EatecExchange\": {\"menu\": [{\"@servedate\": "
                        + "\"Feb 7\", \"@mealperiodname\": \"Lunch\"}]}}")),
                of(TestKinds.BON_APPETIT, "menu_items is a string", page("Bamco.menu_items = \"none\";")),
                of(TestKinds.BON_APPETIT, "menu_items is JavaScript, not JSON",
                        page("Bamco.menu_items = {a: 'b'};\nBamco.dayparts['1'] = {\"label\":\"Lunch\"};")),
                of(TestKinds.BON_APPETIT, "daypart stations is a string",
                        page("Bamco.menu_items = {};\nBamco.dayparts['1'] = {\"label\":\"Lunch\",\"stations\":\"x\"};")),
                of(TestKinds.BON_APPETIT, "dayparts without menu_items",
                        page("Bamco.dayparts['1'] = {\"label\":\"Lunch\",\"stations\":[]};")),
                of(TestKinds.BON_APPETIT, "time is not a time",
                        page("Bamco.menu_items = {};\nBamco.dayparts['1'] = {\"label\":\"Lunch\",\"starttime\":\"noon\"};")),
                // 5 MB of garbage, and hostile nesting.
                of(TestKinds.BON_APPETIT, "5 MB of garbage", garbage()),
                of(TestKinds.SODEXO, "5 MB of garbage", garbage()),
                of(TestKinds.POMONA, "5 MB of garbage", garbage()),
                of(TestKinds.SODEXO, "5 MB of brackets", text("[".repeat(5_000_000))),
                of(TestKinds.POMONA, "deep nesting", text("{\"a\":".repeat(200_000) + "1" + "}".repeat(200_000))),
                of(TestKinds.BON_APPETIT, "5 MB unclosed literal", page("Bamco.menu_items = " + "{".repeat(5_000_000))));
    }

    /** Inputs shaped to make a regular expression backtrack: each must be answered, either way, in time. */
    static Stream<Arguments> pathologicalBodies() {
        return Stream.of(
                of(TestKinds.BON_APPETIT, "300 000 unterminated daypart keys on one line",
                        page("Bamco.menu_items = {};\n" + "Bamco.dayparts['a ".repeat(300_000))),
                of(TestKinds.SODEXO, "500 000 unclosed tags in a name", text("[{\"name\":\"LUNCH\",\"groups\":[{\"name\":"
                        + "\"GRILL\",\"items\":[{\"formalName\":\"" + "<".repeat(500_000) + "\"}]}]}]")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pathologicalBodies")
    void pathologicalBodyIsAnsweredWithoutBacktrackingForever(VendorKind kind, String description, byte[] body) {
        MenuParser parser = kind.parser(kind.stations());
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                parser.parse(body, "somehall", DATE);
            } catch (MenuParseException expectedOrNot) {
                // Either answer is fine here: the point is that there is one.
            }
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hostileBodies")
    void hostileBodyGivesTypedParseError(VendorKind kind, String description, byte[] body) {
        MenuParser parser = kind.parser(kind.stations());
        VendorKindName vendor = kind.name();
        assertTimeoutPreemptively(HANG_GUARD, () ->
                assertThatThrownBy(() -> parser.parse(body, "somehall", DATE))
                        .isInstanceOfSatisfying(MenuParseException.class, e -> {
                            assertThat(e.vendor()).isEqualTo(vendor);
                            assertThat(e.hallId()).isEqualTo("somehall");
                            assertThat(e.problem()).isNotBlank();
                            assertThat(e.getMessage()).startsWith(vendor.id() + " menu for somehall: ");
                        }));
    }

    private static Arguments of(VendorKind kind, String description, byte[] body) {
        return Arguments.of(Named.of(kind.name().id(), kind), description, body);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] cut(byte[] body, String marker, int after) {
        String s = new String(body, StandardCharsets.UTF_8);
        return text(s.substring(0, s.indexOf(marker) + after));
    }

    private static byte[] errorPage() {
        return text("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway"
                + "</h1><p>The server returned an invalid response (upstream timed out).</p></body></html>");
    }

    private static byte[] page(String script) {
        return text("<html><body><script>\nBamco = (typeof Bamco !== \"undefined\") ? Bamco : {};\n" + script
                + "\n</script></body></html>");
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[5 * 1024 * 1024];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}
