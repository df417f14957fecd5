package org.fivecmenus.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import org.fivecmenus.problem.Problem;

/**
 * What a probe sends and the server's own layers would answer with their default pages: methods a path has no
 * use for (PATCH, PROPFIND, PUT on a static file, POST to the API…) get a 405 of the application's own (problem
 * JSON under {@code /api/v2}, the friendly page elsewhere) whose {@code Allow} is the one OPTIONS gives, and an
 * {@code Accept} field that does not parse is ignored, as RFC 9110 allows, rather than failing the request inside
 * JAX-RS.
 */
public class OddRequests extends HttpFilter {

    static final String READ_ONLY = "GET, HEAD, OPTIONS";
    static final String FORMS = "GET, HEAD, POST, OPTIONS";

    /** One media range: type/subtype, then parameters; a q value must be a number from 0 to 1 (RFC 9110 §12.4.2). */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String PARAMETER = "\\s*;\\s*(?:(?i:q)=(?:0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?)|(?!(?i:q)=)"
            + TOKEN + "=(?:" + TOKEN + "|\"[^\"]*\"))";
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "(?:" + PARAMETER + ")*\\s*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String allow = allow(request.getRequestURI());
        String method = request.getMethod();
        if (!List.of(allow.split(", ")).contains(method)) {
            response.setHeader("Allow", allow);
            if (request.getRequestURI().startsWith("/api/")) {
                Problem.of(Response.Status.METHOD_NOT_ALLOWED, "This resource answers only " + allow + ".",
                        request.getRequestURI()).write(response);
            } else {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
            return;
        }
        if ("OPTIONS".equals(method) && request.getHeader("Access-Control-Request-Method") == null) {
            // Answered here, so that OPTIONS and a 405 name the same methods (JAX-RS and servlets each list
            // their own, TRACE included); a CORS preflight goes on to the CORS filter.
            response.setHeader("Allow", allow);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        String accept = request.getHeader("Accept");
        chain.doFilter(accept == null || wellFormedAccept(accept) ? request : withoutAccept(request), response);
    }

    /** The methods a path answers: forms are posted only to the watch list and the admin area. */
    static String allow(String path) {
        return path.equals("/watch") || path.equals("/admin") || path.startsWith("/admin/") ? FORMS : READ_ONLY;
    }

    static boolean wellFormedAccept(String field) {
        if (field.length() > 1024) {
            return false;
        }
        for (String member : field.split(",", -1)) {
            if (!member.isBlank() && !MEDIA_RANGE.matcher(member).matches()) {
                return false;
            }
        }
        return true;
    }

    private static HttpServletRequest withoutAccept(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(header -> !"Accept".equalsIgnoreCase(header)).toList());
            }
        };
    }
}
