package org.fivecmenus.config;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets browsers on the configured origins read the API with GET. The API is public, read-only data, so the
 * default is any origin; a list of origins narrows it and adds {@code Vary: Origin}.
 */
@Provider
public class Cors implements ContainerResponseFilter {

    @Inject
    @ConfigProperty(name = "cors.allowed-origins", defaultValue = "*")
    List<String> allowedOrigins;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        MultivaluedMap<String, Object> headers = response.getHeaders();
        boolean any = allowedOrigins.contains("*");
        if (!any) {
            headers.add("Vary", "Origin");
        }
        if (origin == null || !(any || allowedOrigins.contains(origin))) {
            return;
        }
        headers.putSingle("Access-Control-Allow-Origin", any ? "*" : origin);
        headers.putSingle("Access-Control-Expose-Headers", "ETag, Retry-After");
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            headers.putSingle("Access-Control-Allow-Headers", "If-None-Match, Accept");
            headers.putSingle("Access-Control-Max-Age", "600");
        }
    }
}
