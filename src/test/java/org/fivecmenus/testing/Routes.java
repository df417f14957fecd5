package org.fivecmenus.testing;

import java.util.List;
import java.util.stream.Stream;

/**
 * The site's public routes, one address each that answers 200 on the capture week whatever ran before. A route
 * added to the site is added here, and every test that goes over all routes covers it: valid HTML and security
 * headers (PagesIT, AdminIT), compression (WireIT), allowed methods and server names (ThirdProbeIT) and
 * accessibility (AccessibilityBrowserIT). Each of those adds the states of its own concern (filters, errors, other dates).
 *
 * <p>Not here: a dish page and a watch feed, which exist only once a menu naming the dish has been stored or a
 * list has been made; the tests of those make them first.
 */
public final class Routes {

    /** The pages, in HTML. */
    public static final List<String> PAGES = List.of("/", "/halls/frary", "/open-now", "/search?q=pizza", "/watch",
            "/admin/login");

    /** The JSON API. */
    public static final List<String> API = List.of("/api/v2/halls", "/api/v2/menus?hall_id=frank&date=2025-12-01",
            "/api/v2/hours?date=2025-12-01", "/api/v2/open-now", "/api/v2/dishes?q=pizza");

    /** The pages behind the sign-in, which send strangers to it. */
    public static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/hours", "/admin/hours?hall=malott",
            "/admin/overrides?hall=collins");

    /** The API's description and the site's files. */
    public static final List<String> FILES = List.of("/openapi", "/static/site.css", "/static/manifest.webmanifest",
            "/sw.js", "/halls/frary/hours.ics");

    private Routes() {
    }

    /** Every public route above (the pages behind the sign-in are not public). */
    public static Stream<String> all() {
        return Stream.of(PAGES, API, FILES).flatMap(List::stream);
    }
}
