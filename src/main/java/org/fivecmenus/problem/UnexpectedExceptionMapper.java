package org.fivecmenus.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug must still answer in the API's own format, without a stack trace, and leave a log line an operator
 * can find from the id the client reports.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String id = UUID.randomUUID().toString();
        String path = Requests.path(uriInfo);
        LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + LogSafe.text(path), exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. The error has been logged as " + id + ".", path)
                .with("error_id", id)
                .toResponse()
                .build();
    }
}
