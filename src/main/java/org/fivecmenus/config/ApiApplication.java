package org.fivecmenus.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The public JSON API. Pages are served by servlets outside this path. The title and description below are the
 * built-in campus's; the document served (web.ApiDescription) names the campus of the campus file.
 */
@ApplicationPath("/api/v2")
@OpenAPIDefinition(info = @Info(
        title = "5C Menus API",
        version = "2",
        description = "Menus, hours and open-now for the seven Claremont Colleges dining halls. "
                + "JSON in snake_case; errors are RFC 9457 application/problem+json."))
public class ApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Jersey buffers a response in 8 KB and, past that, writes it in pieces: a cached day (14 KB) then costs
        // several times a small one. Prepared answers declare their length, so a buffer that holds a usual day
        // lets it go out in one write. Not larger: each response allocates the whole buffer, and a crowd answered
        // at once (500 waiters given up together, bench/waiters.sh) allocated 256 KB apiece, 128 MB, and ran the
        // heap into back-to-back full collections.
        // WADL off: OPTIONS would otherwise answer with Jersey's description of the resources' internals.
        return Map.of("jersey.config.server.contentLength.buffer", 32 * 1024,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
