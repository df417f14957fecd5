package org.fivecmenus.dish;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.fivecmenus.testing.OwnDeployment;
import org.junit.jupiter.api.Test;

/**
 * Dishes across halls and days, on the Pomona captures and the capture week's clock (Wednesday 2025-12-03):
 * cheese tortellini was on Frank's menu on Monday 2025-12-01 and is on Frary's on Saturday 2025-12-06.
 */
@OwnDeployment("on the shared deployment, other tests serve captures re-dated into this week, dishes included")
class DishesIT extends InContainerTest {

    private void fetchBothDays() {
        assertThat(app().get("/api/v2/menus?hall_id=frank&date=2025-12-01").statusCode()).isEqualTo(200);
        assertThat(app().get("/api/v2/menus?hall_id=frary&date=2025-12-06").statusCode()).isEqualTo(200);
    }

    @Test
    void aDishServedAtTwoHallsOnDifferentDaysHasBothServingsTheComingOneAsNext() {
        fetchBothDays();

        HttpResponse<String> response = app().get("/api/v2/dishes/cheese-tortellini");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject dish = JsonBodies.object(response.body());
        assertThat(dish.getString("name")).isEqualToIgnoringCase("Cheese Tortellini");
        JsonObject next = dish.getJsonObject("next");
        assertThat(next.getString("hall_id")).isEqualTo("frary");
        assertThat(next.getString("date")).isEqualTo("2025-12-06");
        assertThat(next.getString("meal_label")).isEqualTo("Dinner");
        List<JsonObject> past = dish.getJsonArray("past").getValuesAs(JsonObject.class);
        assertThat(past).anySatisfy(s -> {
            assertThat(s.getString("hall_id")).isEqualTo("frank");
            assertThat(s.getString("date")).isEqualTo("2025-12-01");
        });
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    }

    @Test
    void theDishPageSaysWhereItIsNextAndWhereItWasAndSearchLinksToIt() {
        fetchBothDays();

        HttpResponse<String> page = app().get("/dishes/cheese-tortellini");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Next:", "Frary, Saturday", "Served before", "Frank");

        HttpResponse<String> search = app().get("/search?q=TORTELLINIS");
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("href=\"/dishes/cheese-tortellini\"");
    }

    @Test
    void searchIsTolerantOfCaseAccentsAndPluralsAndRanksTheNameItselfFirst() {
        fetchBothDays();

        JsonObject found = JsonBodies.object(app().get("/api/v2/dishes?q=Cheese%20Tortellinis").body());

        List<JsonObject> dishes = found.getJsonArray("dishes").getValuesAs(JsonObject.class);
        assertThat(dishes).isNotEmpty();
        assertThat(dishes.get(0).getString("slug")).isEqualTo("cheese-tortellini");
        assertThat(JsonBodies.object(app().get("/api/v2/dishes?q=t%C3%B3rtellini").body()).getJsonArray("dishes")
                .getValuesAs(JsonObject.class)).extracting(d -> d.getString("slug")).contains("cheese-tortellini");
    }

    @Test
    void aQueryTooShortIs400AndAnUnknownDishIs404BothAsProblems() {
        HttpResponse<String> shortQuery = app().get("/api/v2/dishes?q=x");
        assertThat(shortQuery.statusCode()).isEqualTo(400);
        assertThat(shortQuery.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(app().get("/api/v2/dishes").statusCode()).isEqualTo(400);
        assertThat(app().get("/api/v2/dishes?q=%21%21").statusCode()).isEqualTo(400);

        HttpResponse<String> unknown = app().get("/api/v2/dishes/no-such-dish-anywhere");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JsonBodies.object(unknown.body()).getString("detail")).contains("no-such-dish-anywhere");
        assertThat(app().get("/api/v2/dishes/NOT..A..SLUG").statusCode()).isEqualTo(404);
        assertThat(app().get("/dishes/no-such-dish-anywhere").statusCode()).isEqualTo(404);
    }
}
