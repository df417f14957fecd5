package org.fivecmenus.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** While the database cannot be reached: a 503 problem that asks the client to try again in 30 s. */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(DatabaseUnavailableException exception) {
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage(), Requests.path(uriInfo))
                .toResponse()
                .header(HttpHeaders.RETRY_AFTER, 30)
                .build();
    }
}
