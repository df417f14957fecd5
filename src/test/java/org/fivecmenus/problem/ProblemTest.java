package org.fivecmenus.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fivecmenus.testing.JsonBodies;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void writesTheStandardMembersAndLeavesOutAbsentOnes() {
        JsonObject json = JsonBodies.object(Problem.of(Response.Status.NOT_FOUND, null, "/api/v2/x").toJson());

        assertThat(json.keySet()).containsExactly("type", "title", "status", "instance");
        assertThat(json.getString("title")).isEqualTo("Not Found");
        assertThat(json.getInt("status")).isEqualTo(404);
    }

    @Test
    void writesExtensionMembersBesideTheStandardOnes() {
        Problem problem = Problem.of(Response.Status.NOT_FOUND, "No brunch on 2026-11-23", "/api/v2/menus")
                .with("meals", List.of("breakfast", "lunch"));

        JsonObject json = JsonBodies.object(problem.toJson());

        assertThat(json.getJsonArray("meals").getString(1)).isEqualTo("lunch");
        assertThat(json.getString("detail")).isEqualTo("No brunch on 2026-11-23");
    }

    @Test
    void markupQuotedFromARequestIsEscapedYetReadsTheSame() {
        String asked = "There is no hall '<script>alert(1)</script>' & \"'><svg onload=x>";
        String json = Problem.of(Response.Status.NOT_FOUND, asked, "/api/v2/menus").with("asked", List.of("<b>"))
                .toJson();

        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(JsonBodies.object(json).getString("detail")).isEqualTo(asked);
        assertThat(JsonBodies.object(json).getJsonArray("asked").getString(0)).isEqualTo("<b>");
    }

    @Test
    void anExtensionCannotOverwriteAStandardMember() {
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, "bad", null).with("status", "oops");

        assertThat(JsonBodies.object(problem.toJson()).getInt("status")).isEqualTo(400);
    }
}
