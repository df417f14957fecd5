package org.fivecmenus.problem;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fivecmenus.config.JsonConfig;

/**
 * An RFC 9457 problem body. Extension members (such as the meals that do exist when an unknown one was asked
 * for) are written beside the standard members, as the RFC asks.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "URI reference identifying the problem type", example = "about:blank") String type,
        @Schema(description = "Short summary of the problem type", example = "Not Found") String title,
        @Schema(description = "HTTP status code", example = "404") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(Response.StatusType status, String detail, String instance) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, instance, Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, more);
    }

    public String toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        extensions.forEach(body::putIfAbsent);
        // A detail quotes what was asked, so markup in a request would come back as markup in a body some
        // client may render: escaped, it is the same JSON string. JSON's own syntax never uses these characters.
        return JsonConfig.jsonb().toJson(body).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }

    /** The same body and caching from a servlet or filter, outside JAX-RS. */
    public void write(HttpServletResponse response) throws IOException {
        byte[] body = toJson().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Errors are never cached by browsers or proxies: the next request may well succeed. */
    public Response.ResponseBuilder toResponse() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoTransform(false);
        return Response.status(status).type(MEDIA_TYPE).cacheControl(noStore).entity(toJson());
    }
}
