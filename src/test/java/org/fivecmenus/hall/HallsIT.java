package org.fivecmenus.hall;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.Test;

class HallsIT extends InContainerTest {

    @Test
    void listsTheSevenHallsInDisplayOrderFromPostgres(App app) {
        HttpResponse<String> response = app.get("/api/v2/halls");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonArray halls = JsonBodies.array(response.body());
        assertThat(halls.getValuesAs(JsonObject.class).stream().map(h -> h.getString("id")))
                .containsExactly("hoch", "collins", "malott", "mcconnell", "frank", "frary", "oldenborg");
    }

    @Test
    void writesEachHallInSnakeCaseWithItsVendorAndColour(App app) {
        JsonObject hoch = JsonBodies.array(app.get("/api/v2/halls").body()).getJsonObject(0);

        assertThat(hoch.keySet()).containsExactlyInAnyOrder("id", "name", "college", "vendor_type", "color");
        assertThat(hoch.getString("name")).isEqualTo("Hoch-Shanahan");
        assertThat(hoch.getString("college")).isEqualTo("Harvey Mudd");
        assertThat(hoch.getString("vendor_type")).isEqualTo("sodexo");
        assertThat(hoch.getString("color")).matches("#[0-9A-F]{6}");
    }

    @Test
    void groupsHallsByVendor(App app) {
        JsonArray halls = JsonBodies.array(app.get("/api/v2/halls").body());

        assertThat(halls.getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("vendor_type").equals("bon_appetit")).map(h -> h.getString("id")))
                .containsExactly("collins", "malott", "mcconnell");
        assertThat(halls.getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("vendor_type").equals("pomona")).map(h -> h.getString("id")))
                .containsExactly("frank", "frary", "oldenborg");
    }

    @Test
    void letsClientsCacheTheListForAnHour(App app) {
        assertThat(app.get("/api/v2/halls").headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=3600");
    }

}
