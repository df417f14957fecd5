package org.fivecmenus.menu;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.fivecmenus.upstream.FetchTurns;

/**
 * Counts the requests a thread is answering, so that background vendor calls and writes wait for a moment
 * without one ({@link FetchTurns}): on two cores, the week read ahead parsing beside a page rendered cold made
 * the first home page after a start take eight seconds. A suspended request stops counting when its thread is
 * released: it waits for a request's vendor call, which holds the background back by itself.
 */
public class RequestsFirst extends HttpFilter {

    @Inject
    FetchTurns turns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        turns.requestStarted();
        try {
            chain.doFilter(request, response);
        } finally {
            turns.requestEnded();
        }
    }
}
