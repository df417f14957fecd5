package org.fivecmenus.problem;

import jakarta.ws.rs.core.UriInfo;

final class Requests {

    private Requests() {
    }

    static String path(UriInfo uriInfo) {
        return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    }
}
