package org.fivecmenus.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.fivecmenus.problem.Problem;

/**
 * Sends a {@link Prepared} body: the gzip form when the client takes it, a 304 when its validator matches, and
 * nothing else computed per request. {@link Compression} adds {@code Vary: Accept-Encoding} to every response.
 */
public final class PreparedResponses {

    static final String PRECONDITION_FAILED = "If-Match names none of the current entity tags of this resource.";

    private PreparedResponses() {
    }

    /** Either form of the body is the current representation; a client may hold the tag of either. */
    private static boolean ifMatchHolds(String field, Prepared body) {
        return EntityTags.ifMatchHolds(field, body.etag())
                || (body.gzip() != null && EntityTags.ifMatchHolds(field, body.gzipEtag()));
    }

    /** For servlets (the pages and static files). */
    public static void write(HttpServletRequest request, HttpServletResponse response, Prepared body,
                             String cacheControl) throws IOException {
        boolean gzip = body.gzip() != null && Encodings.acceptsGzip(request.getHeader("Accept-Encoding"));
        if (!ifMatchHolds(request.getHeader("If-Match"), body)) {
            // The error page answers it like any other error: the friendly page, or a problem under the API.
            response.sendError(HttpServletResponse.SC_PRECONDITION_FAILED);
            return;
        }
        response.setHeader("ETag", gzip ? body.gzipEtag() : body.etag());
        response.setHeader("Cache-Control", cacheControl);
        if (body.matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = gzip ? body.gzip() : body.identity();
        response.setContentType(body.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /**
     * The request's fields an answer depends on, read while the request is at hand: an answer made later, on
     * another thread (a suspended request's), can no longer read them.
     */
    public record Asked(String acceptEncoding, String ifMatch, String ifNoneMatch) {
        public static Asked of(HttpHeaders request) {
            return new Asked(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
                    request.getHeaderString(HttpHeaders.IF_MATCH), request.getHeaderString(HttpHeaders.IF_NONE_MATCH));
        }
    }

    /** For JAX-RS resources: a 200 with the bytes, a 304, or a 412 problem when {@code If-Match} fails. */
    public static Response.ResponseBuilder response(HttpHeaders request, Prepared body, String cacheControl) {
        return response(Asked.of(request), body, cacheControl);
    }

    public static Response.ResponseBuilder response(Asked request, Prepared body, String cacheControl) {
        boolean gzip = body.gzip() != null && Encodings.acceptsGzip(request.acceptEncoding());
        String etag = gzip ? body.gzipEtag() : body.etag();
        if (!ifMatchHolds(request.ifMatch(), body)) {
            return Problem.of(Response.Status.PRECONDITION_FAILED, PRECONDITION_FAILED, null).toResponse()
                    .header(HttpHeaders.ETAG, etag);
        }
        if (body.matches(request.ifNoneMatch())) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        byte[] bytes = gzip ? body.gzip() : body.identity();
        // A declared length: without it Jersey chunks anything over its 8 KB buffer, at several times the cost.
        Response.ResponseBuilder ok = Response.ok(bytes, body.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length)
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        return gzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip") : ok;
    }
}
