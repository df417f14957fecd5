package org.fivecmenus.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * Who sent a request. Behind a reverse proxy every request comes from the proxy, so the client's address is
 * taken from {@code X-Forwarded-For}, but only when the request came from a proxy the operator trusts
 * ({@code http.trusted-proxies}): anyone else could write any address there. The rightmost address that is not
 * itself a trusted proxy is the client.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** "10.0.0.2, 10.0.0.3" as a set; blank means none. */
    public static Set<String> list(String addresses) {
        Set<String> set = new HashSet<>();
        for (String address : addresses.split(",")) {
            if (!address.isBlank()) {
                set.add(address.strip());
            }
        }
        return Set.copyOf(set);
    }

    public static String of(HttpServletRequest request, Collection<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (trustedProxies.isEmpty() || !trustedProxies.contains(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        Enumeration<String> headers = request.getHeaders("X-Forwarded-For");
        while (headers != null && headers.hasMoreElements()) {
            for (String hop : headers.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trustedProxies.contains(hop)) {
                return hop.length() <= 64 && hop.matches("[0-9A-Fa-f.:]+") ? hop : remote;
            }
        }
        return remote;
    }
}
