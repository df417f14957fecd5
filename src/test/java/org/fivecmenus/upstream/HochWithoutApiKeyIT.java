package org.fivecmenus.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fivecmenus.testing.AppSettings;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.VendorStub;
import org.junit.jupiter.api.Test;

/**
 * A deployment without SODEXO_API_KEY reads Hoch's today from the public location page, says so, and does not
 * pass the page off as any other day's menu.
 */
// The day the page was captured on is today here.
@AppSettings(value = "MENUS_CLOCK_START=" + HochWithoutApiKeyIT.TODAY + "T09:00:00-08:00", without = "SODEXO_API_KEY")
class HochWithoutApiKeyIT extends InContainerTest {

    static final String TODAY = "2025-11-15";

    @Test
    void todayComesFromTheLocationPageAskedForAsABrowserWouldWithoutTheApiKey() {
        HttpResponse<String> response = app().get("/api/v2/menus?hall_id=hoch&date=" + TODAY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject day = JsonBodies.object(response.body());
        assertThat(day.getString("status")).isEqualTo("ok");
        assertThat(day.getString("source")).isEqualTo("location_page");
        List<JsonObject> meals = day.getJsonArray("meals").getValuesAs(JsonObject.class);
        assertThat(meals).extracting(m -> m.getString("key")).containsExactly("brunch", "dinner");
        // Saturday's brunch and dinner, timed by Hoch's seeded weekend hours.
        assertThat(meals).extracting(m -> m.getString("starts_at") + "-" + m.getString("ends_at"))
                .containsExactly("10:30:00-12:45:00", "17:00:00-19:00:00");
        assertThat(vendors().calls(VendorStub.SODEXO)).as("the dated API is not called without its key").isZero();
        assertThat(vendors().requests(VendorStub.SODEXO_PAGE)).isNotEmpty().allSatisfy(request -> {
            assertThat(request.containsHeader("API-Key")).isFalse();
            assertThat(request.getHeader("Accept")).startsWith("text/html");
        });
    }

    @Test
    void theHallPageSaysTheMenuIsTodaysOnly() {
        HttpResponse<String> page = app().get("/halls/hoch");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Read from the hall&#39;s public page, which shows today only");
        assertThat(page.body()).contains("Brunch");
    }

    @Test
    void anotherDateIsUnavailableRatherThanTodaysPageUnderItsName() {
        int pageCalls = vendors().calls(VendorStub.SODEXO_PAGE);

        HttpResponse<String> response = app().get("/api/v2/menus?hall_id=hoch&date=2025-11-16");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(JsonBodies.object(response.body()).getString("menu_status")).isEqualTo("unavailable");
        assertThat(vendors().calls(VendorStub.SODEXO_PAGE)).isEqualTo(pageCalls);
    }
}
