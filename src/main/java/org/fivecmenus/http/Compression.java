package org.fivecmenus.http;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * gzip on the wire for everything textual that was not prepared: pages rendered per request, API answers that
 * are computed, {@code /openapi}, problems. Prepared bodies ({@link PreparedResponses}) come already compressed
 * and pass straight through, as does anything already carrying a {@code Content-Encoding}.
 *
 * <p>The app does this rather than the server's listener so that it holds on any server the WAR is deployed to,
 * and so the cached paths never pay for compressing on every request. Bodies are buffered (they are all small);
 * a request that goes asynchronous is passed through uncompressed.
 *
 * <p>Longer than 250 lines because a response wrapper must cover every way a servlet can write (stream,
 * writer, headers, errors, async) to be safe, and splitting it would split that one contract.
 */

public class Compression extends HttpFilter {

    static final Set<String> COMPRESSIBLE = Set.of("text/html", "text/css", "text/plain", "text/calendar",
            "text/javascript", "application/javascript", "application/json", "application/problem+json",
            "application/yaml", "application/atom+xml", "application/manifest+json", "image/svg+xml");
    static final int MIN_BYTES = 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            response.addHeader("Vary", "Accept-Encoding");
        }
        if (!Encodings.acceptsGzip(request.getHeader("Accept-Encoding")) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Gzipped gzipped = new Gzipped(response);
        chain.doFilter(request, gzipped);
        if (request.isAsyncStarted()) {
            gzipped.passThroughFromNowOn();
        } else {
            gzipped.finish();
        }
    }

    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return COMPRESSIBLE.contains(type);
    }

    /** Buffers the body until the chain returns, unless it turns out not to be ours to compress. */
    static final class Gzipped extends HttpServletResponseWrapper {

        private final HttpServletResponse raw;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        private ServletOutputStream stream;
        private PrintWriter writer;
        /** Decided at the first byte: null until then. */
        private Boolean passThrough;
        private long contentLength = -1;

        Gzipped(HttpServletResponse raw) {
            super(raw);
            this.raw = raw;
        }

        void passThroughFromNowOn() throws IOException {
            if (passThrough == null) {
                passThrough = true;
            } else if (!passThrough) {
                finish();
            }
        }

        private boolean decide() {
            if (passThrough == null) {
                int status = raw.getStatus();
                passThrough = raw.containsHeader("Content-Encoding") || status == SC_NO_CONTENT
                        || status == SC_NOT_MODIFIED || !compressible(raw.getContentType());
                if (passThrough && contentLength >= 0) {
                    raw.setContentLengthLong(contentLength);
                }
            }
            return passThrough;
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (passThrough == null) {
                // Nothing was written (a 304, a redirect, an empty 200): only a declared length to pass on.
                if (contentLength >= 0) {
                    raw.setContentLengthLong(contentLength);
                }
                return;
            }
            if (passThrough) {
                return;
            }
            byte[] body = buffer.toByteArray();
            if (body.length < MIN_BYTES) {
                raw.setContentLength(body.length);
                raw.getOutputStream().write(body);
                return;
            }
            ByteArrayOutputStream zipped = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(zipped, 8192)) {
                zip.write(body);
            }
            raw.setHeader("Content-Encoding", "gzip");
            raw.setContentLength(zipped.size());
            zipped.writeTo(raw.getOutputStream());
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        if (decide()) {
                            raw.getOutputStream().write(b);
                        } else {
                            buffer.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (decide()) {
                            raw.getOutputStream().write(bytes, offset, length);
                        } else {
                            buffer.write(bytes, offset, length);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (Boolean.TRUE.equals(passThrough)) {
                            raw.getOutputStream().flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Compressed responses are written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() was already called");
                }
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (Boolean.TRUE.equals(passThrough)) {
                raw.setContentLengthLong(length);
            } else {
                contentLength = length;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(Long.parseLong(value));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(Long.parseLong(value));
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (Boolean.TRUE.equals(passThrough)) {
                raw.flushBuffer();
            }
        }

        @Override
        public boolean isCommitted() {
            return raw.isCommitted();
        }

        @Override
        public void resetBuffer() {
            buffer.reset();
            raw.resetBuffer();
        }

        @Override
        public void reset() {
            buffer.reset();
            contentLength = -1;
            passThrough = null;
            raw.reset();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            passThrough = true;
            raw.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            passThrough = true;
            raw.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passThrough = true;
            raw.sendRedirect(location);
        }
    }
}
