package org.fivecmenus.problem;

import jakarta.ws.rs.core.UriInfo;

/** The request path as clients sent it, for the {@code instance} member of problems. */
public final class Requests {

    private Requests() {
    }

    public static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
