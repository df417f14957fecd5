package org.fivecmenus.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.fivecmenus.testing.App;
import org.fivecmenus.testing.InContainerTest;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, read as a document: every route, its answers, and the records' fields. */
class OpenApiIT extends InContainerTest {

    private static final Set<String> ROUTES = Set.of("/api/v2/halls", "/api/v2/menus", "/api/v2/open-now",
            "/api/v2/hours", "/api/v2/dishes", "/api/v2/dishes/{slug}", "/api/v2/watch/{token}");

    @Test
    void describesEveryApiRouteWithItsRecordsAndProblems(App app) {
        HttpResponse<String> response = app.get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = JsonBodies.object(response.body());
        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).containsAll(ROUTES);
        for (String route : ROUTES) {
            JsonObject get = paths.getJsonObject(route).getJsonObject("get");
            assertThat(get).as(route + " has a GET").isNotNull();
            JsonObject answers = get.getJsonObject("responses");
            assertThat(answers.keySet()).as(route).contains("200");
            answers.forEach((status, answer) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat(answer.asJsonObject().getJsonObject("content").keySet()).as(route + " " + status)
                            .contains("application/problem+json");
                }
            });
        }
        JsonObject menus = paths.getJsonObject("/api/v2/menus").getJsonObject("get").getJsonObject("responses");
        assertThat(menus.keySet()).contains("304", "400", "404", "503");

        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(properties(schemas, "MenuDay")).contains("hall_id", "is_stale", "fetched_at", "next_fetch_at",
                "source", "meals");
        assertThat(properties(schemas, "Meal")).contains("starts_at", "ends_at", "times_from", "stations");
    }

    /**
     * Every field the document declares as {@code date-time} is written the one way the README gives: ISO 8601
     * with its offset ({@code 2025-12-06T17:00:00-08:00}), never with a zone id in brackets. Each route is asked
     * once and its answer walked along its declared schema, so a field is checked where it is declared.
     */
    @Test
    void everyDateTimeTheDocumentDeclaresIsWrittenWithItsOffset(App app) {
        JsonObject document = JsonBodies.object(app.get("/openapi", "Accept", "application/json").body());
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("/api/v2/halls", "/api/v2/halls");
        samples.put("/api/v2/menus", "/api/v2/menus?hall_id=frary&date=2025-12-06");
        samples.put("/api/v2/open-now", "/api/v2/open-now?at=2025-12-03T12:00");
        samples.put("/api/v2/hours", "/api/v2/hours?date=2025-12-03");
        samples.put("/api/v2/dishes", "/api/v2/dishes?q=tortellini");
        samples.put("/api/v2/dishes/{slug}", "/api/v2/dishes/cheese-tortellini");
        samples.put("/api/v2/watch/{token}", "/api/v2/watch/" + watchToken(app));
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(document.getJsonObject("paths").keySet());

        SoftAssertions softly = new SoftAssertions();
        Set<String> checked = new TreeSet<>();
        samples.forEach((route, target) -> {
            HttpResponse<String> answer = app.get(target);
            softly.assertThat(answer.statusCode()).as(target).isEqualTo(200);
            JsonObject schema = document.getJsonObject("paths").getJsonObject(route).getJsonObject("get")
                    .getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                    .getJsonObject("application/json").getJsonObject("schema");
            walk(document, schema, Json.createReader(new StringReader(answer.body())).readValue(), route, softly, checked);
        });
        softly.assertAll();
        assertThat(checked).as("date-time fields seen with a value")
                .contains("/api/v2/menus fetched_at", "/api/v2/menus next_fetch_at", "/api/v2/open-now closes_at",
                        "/api/v2/watch/{token} starts_at", "/api/v2/watch/{token} ends_at");
    }

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private static void walk(JsonObject document, JsonObject schema, JsonValue value, String where,
                             SoftAssertions softly, Set<String> checked) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            walk(document, document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name), value,
                    where, softly, checked);
            return;
        }
        for (String choice : new String[] {"anyOf", "oneOf", "allOf"}) {
            if (schema.containsKey(choice)) {
                schema.getJsonArray(choice).getValuesAs(JsonObject.class)
                        .forEach(option -> walk(document, option, value, where, softly, checked));
            }
        }
        if ("date-time".equals(schema.getString("format", null)) && value instanceof JsonString text) {
            checked.add(where);
            softly.assertThat(text.getString()).as(where).doesNotContain("[");
            try {
                OffsetDateTime.parse(text.getString(), OFFSET);
            } catch (DateTimeParseException e) {
                softly.fail(where + ": " + text.getString() + " is not an ISO 8601 date-time with its offset");
            }
        }
        if (schema.containsKey("properties") && value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            schema.getJsonObject("properties").forEach((name, property) -> walk(document, property.asJsonObject(),
                    object.get(name), where.replaceAll(" .*", "") + " " + name, softly, checked));
        }
        if (schema.containsKey("items") && value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(item -> walk(document, schema.getJsonObject("items"), item, where, softly,
                    checked));
        }
    }

    private static final Pattern TOKEN = Pattern.compile("/api/v2/watch/([A-Za-z0-9_.-]+)\"");

    /** The token of a list watching cheese tortellini (on Frary's Saturday dinner in the captures). */
    private static String watchToken(App app) {
        app.get("/api/v2/menus?hall_id=frary&date=2025-12-06");
        HttpResponse<String> watched = app.send(HttpRequest.newBuilder(app.uri("/watch"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dish=cheese-tortellini&action=watch")).build());
        String cookie = watched.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("watch="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        Matcher token = TOKEN.matcher(app.get("/watch", "Cookie", cookie).body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static Set<String> properties(JsonObject schemas, String schema) {
        assertThat(schemas.keySet()).contains(schema);
        return schemas.getJsonObject(schema).getJsonObject("properties").keySet();
    }
}
