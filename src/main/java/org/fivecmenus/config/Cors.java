package org.fivecmenus.config;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets browsers on the configured origins read the API with GET. The API is public, read-only data, so the
 * default is any origin; a list of origins narrows it and adds {@code Vary: Origin}. A servlet filter (mapped in
 * web.xml) rather than a JAX-RS one, so warm answers served before JAX-RS carry it too.
 */
public class Cors extends HttpFilter {

    @Inject
    @ConfigProperty(name = "cors.allowed-origins")
    List<String> allowedOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean any = allowedOrigins.contains("*");
        if (!any) {
            response.addHeader("Vary", "Origin");
        }
        if (origin != null && (any || allowedOrigins.contains(origin))) {
            response.setHeader("Access-Control-Allow-Origin", any ? "*" : origin);
            response.setHeader("Access-Control-Expose-Headers", "ETag, Retry-After");
            if ("OPTIONS".equals(request.getMethod())) {
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "If-None-Match, Accept");
                response.setHeader("Access-Control-Max-Age", "600");
            }
        }
        chain.doFilter(request, response);
    }
}
