package org.fivecmenus.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * {@code /openapi}: the document the build wrote from the resources' annotations (pom.xml, smallrye-open-api),
 * YAML by default and JSON when asked for, as MicroProfile OpenAPI serves it. Served from memory here rather
 * than by the server, which on Payara parsed every class of the WAR on the first request (6 s, 50 MB kept, and
 * out of memory on the default heap), and which lists its own address as the server; this document names a
 * relative one, right behind any proxy.
 */
@WebServlet(urlPatterns = "/openapi")
public class ApiDescription extends HttpServlet {

    private static final Pattern ACCEPTS_YAML = Pattern.compile(
            "(^|[,\\s])(\\*/\\*|application/\\*|application/(x-)?yaml|text/(x-)?yaml|text/\\*)");

    private Prepared yaml;
    private Prepared json;

    @Override
    public void init() throws ServletException {
        yaml = Prepared.of(read("META-INF/openapi.yaml"), "application/yaml;charset=UTF-8");
        json = Prepared.of(read("META-INF/openapi.json"), "application/json;charset=UTF-8");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        if (format != null && !format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("yaml")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean asJson = format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.contains("application/json");
        if (format == null && accept != null && !asJson && !ACCEPTS_YAML.matcher(accept).find()) {
            // Asked for as a web page only: the friendly 406 page, as every other address answers.
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        response.addHeader("Vary", "Accept");
        PreparedResponses.write(request, response, asJson ? json : yaml, "public, max-age=3600");
    }

    private static byte[] read(String resource) {
        try (InputStream in = ApiDescription.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build writes it (mvn package)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
