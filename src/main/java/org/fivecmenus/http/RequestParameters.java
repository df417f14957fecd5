package org.fivecmenus.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fivecmenus.problem.LogSafe;
import org.fivecmenus.problem.Problem;

/**
 * Every request's parameters are read here, before anything asks for one, the same way on every server:
 * <ul>
 * <li>as UTF-8, the address's and a form's alike (servers default to ISO-8859-1, which garbled every accent, and
 * their UTF-8 mode answers a malformed byte with a 500); a malformed escape or byte becomes U+FFFD, and the
 * value's own check refuses it;</li>
 * <li>a form body over {@code forms.max-bytes} is refused with 413 and one log line (the server's own limit is
 * 2 MB, answered with a 500 and a hundred lines of stack trace);</li>
 * <li>a field can be read from the form's body alone ({@link #bodyField}): where a CSRF token must come from. The
 * servlet API merges the address's parameters into the form's and decodes their names, so no check of the raw
 * query string can tell the two apart.</li>
 * </ul>
 */
public class RequestParameters extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RequestParameters.class.getName());
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String BODY = RequestParameters.class.getName() + ".body";

    @Inject
    @ConfigProperty(name = "forms.max-bytes")
    int maxBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean form = isForm(request);
        if (!form && request.getQueryString() == null) {
            chain.doFilter(request, response);
            return;
        }
        Map<String, List<String>> query = parse(request.getQueryString(), StandardCharsets.UTF_8);
        if (!form) {
            chain.doFilter(new ParsedRequest(request, query, Map.of(), null), response);
            return;
        }
        long declared = request.getContentLengthLong();
        byte[] body = declared > maxBytes ? null : request.getInputStream().readNBytes(maxBytes + 1);
        if (body == null || body.length > maxBytes) {
            LOG.info(() -> "Refused a form over " + maxBytes + " bytes (" + (declared >= 0 ? declared + " bytes"
                    : "sent in chunks") + "): " + request.getMethod() + " " + LogSafe.text(request.getRequestURI()));
            // The rest of the body is not read: the connection cannot carry another request.
            response.setHeader("Connection", "close");
            refuse(request, response, 413, "This form is larger than " + maxBytes + " bytes.");
            return;
        }
        Charset charset;
        try {
            charset = charset(request);
        } catch (IllegalArgumentException unknown) {
            refuse(request, response, 415,
                    "This form's charset is unknown: " + LogSafe.text(request.getCharacterEncoding()));
            return;
        }
        Map<String, List<String>> fields = parse(new String(body, StandardCharsets.ISO_8859_1), charset);
        request.setAttribute(BODY, fields);
        chain.doFilter(new ParsedRequest(request, query, fields, body), response);
    }

    /** The field as the form's body gave it (its first value), never as the address did; null when absent. */
    public static String bodyField(HttpServletRequest request, String name) {
        @SuppressWarnings("unchecked")
        Map<String, List<String>> fields = (Map<String, List<String>>) request.getAttribute(BODY);
        List<String> values = fields == null ? null : fields.get(name);
        return values == null ? null : values.get(0);
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && FORM.equalsIgnoreCase(type.split(";", 2)[0].strip())
                && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    static Charset charset(HttpServletRequest request) {
        String declared = request.getCharacterEncoding();
        try {
            return declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new IllegalArgumentException(unknown);
        }
    }

    /**
     * {@code a=1&b=2} as browsers write it, from text whose characters up to U+00FF stand for the bytes sent (as
     * servers hand over the raw query string). Escapes and bytes are decoded with {@code charset}; what is
     * malformed becomes U+FFFD rather than an error.
     */
    static Map<String, List<String>> parse(String text, Charset charset) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (text == null) {
            return fields;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
            fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        return fields;
    }

    static String decode(String text, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = c == '%' ? digitAt(text, i + 1) : -1;
            int low = c == '%' ? digitAt(text, i + 2) : -1;
            if (high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c <= 0xFF) {
                bytes.write(c);
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(charset));
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    private static int digitAt(String text, int index) {
        return index < text.length() ? Character.digit(text.charAt(index), 16) : -1;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            Problem.of(Response.Status.fromStatusCode(status), detail, request.getRequestURI()).write(response);
        } else {
            response.sendError(status);
        }
    }
}
