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
    void anExtensionCannotOverwriteAStandardMember() {
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, "bad", null).with("status", "oops");

        assertThat(JsonBodies.object(problem.toJson()).getInt("status")).isEqualTo(400);
    }
}
