package org.fivecmenus.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Shapes every JAX-RS error (unknown route, wrong method, bad parameter, our own 400/404s) as a problem body,
 * keeping headers such as {@code Allow} and {@code Retry-After} that the original response carried.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ProblemException) {
            return exception.getResponse();
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String path = Requests.path(uriInfo);
        String detail = detailOf(exception, path);
        Response.ResponseBuilder builder = Problem.of(status, detail, path).toResponse();
        for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE}) {
            Object value = original.getHeaders().getFirst(header);
            if (value != null) {
                builder.header(header, value);
            }
        }
        return builder.build();
    }

    private static String detailOf(WebApplicationException exception, String path) {
        if (exception instanceof NotFoundException && isFrameworkMessage(exception)) {
            return "There is no resource at " + path + ". See /openapi for the routes of this API.";
        }
        return isFrameworkMessage(exception) ? null : exception.getMessage();
    }

    /** Jersey's own messages ("HTTP 404 Not Found") repeat the title; ours carry the detail. */
    private static boolean isFrameworkMessage(WebApplicationException exception) {
        String message = exception.getMessage();
        return message == null || message.startsWith("HTTP " + exception.getResponse().getStatus());
    }
}
