package org.fivecmenus.health;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.http.ClientAddress;

/**
 * The server's {@code /metrics} (heap, threads, pools) is for operators: Payara serves it inside this web
 * application, so this filter answers 404 to every client whose address is not listed in
 * {@code OPERATOR_ADDRESSES} (none by default). The address is the connection's, or {@code X-Forwarded-For}
 * from a trusted proxy, as for sign-in throttling.
 */
public class OperatorsOnly extends HttpFilter {

    @Inject
    @ConfigProperty(name = "operator.addresses")
    Optional<String> operatorAddresses;

    @Inject
    @ConfigProperty(name = "http.trusted-proxies")
    Optional<String> trustedProxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Set<String> operators = ClientAddress.list(operatorAddresses.orElse(""));
        String client = ClientAddress.of(request, ClientAddress.list(trustedProxies.orElse("")));
        if (operators.contains(client)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
