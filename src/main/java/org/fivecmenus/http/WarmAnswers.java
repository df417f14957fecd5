package org.fivecmenus.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers the API's warm requests before JAX-RS: when everything about a request is plain (a GET, known
 * parameters, each once, valid) and its answer is already prepared, the bytes go out from here. Anything else
 * (a miss, a bad parameter, an error to explain) goes on to the resource, which owns the API's rules and its
 * description; both make their answer from the same methods.
 *
 * <p>Why: a JAX-RS request costs Jersey's routing, scopes and writer chain, several times the cost of copying a
 * cached menu, so the measured warm paths (see BENCHMARKS.md) run here.
 */
public abstract class WarmAnswers extends HttpFilter {

    /** A prepared body and how long clients may keep it. */
    public record Warm(Prepared body, String cacheControl) {
    }

    /** The query parameters this route knows. */
    protected abstract Set<String> parameters();

    /** The answer when it is ready; empty sends the request on to the resource. */
    protected abstract Optional<Warm> answer(HttpServletRequest request);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Warm> warm;
        try {
            warm = plain(request) ? answer(request) : Optional.empty();
        } catch (RuntimeException e) {
            // The resource meets the same failure and answers it properly (a 503 problem, say).
            warm = Optional.empty();
        }
        if (warm.isPresent()) {
            PreparedResponses.write(request, response, warm.get().body(), warm.get().cacheControl());
        } else {
            chain.doFilter(request, response);
        }
    }

    private boolean plain(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (request.getHeader("If-Match") != null || request.getQueryString() != null
                && request.getQueryString().length() > 512) {
            return false;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!parameters().contains(parameter.getKey()) || parameter.getValue().length != 1) {
                return false;
            }
        }
        return true;
    }
}
