package org.fivecmenus.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fivecmenus.campus.Campus;
import org.fivecmenus.campus.CurrentCampus;
import org.fivecmenus.http.Prepared;
import org.fivecmenus.http.PreparedResponses;

/**
 * {@code /openapi}: the document the build wrote from the resources' annotations (pom.xml, smallrye-open-api),
 * YAML by default and JSON when asked for, as MicroProfile OpenAPI serves it. Served from memory here rather
 * than by the server, which on Payara parsed every class of the WAR on the first request (6 s, 50 MB kept, and
 * out of memory on the default heap), and which lists its own address as the server; this document names a
 * relative one, right behind any proxy. Its title and description name the campus of the campus file, which the
 * build cannot know.
 */
@WebServlet(urlPatterns = "/openapi")
public class ApiDescription extends HttpServlet {

    private static final Pattern ACCEPTS_YAML = Pattern.compile(
            "(^|[,\\s])(\\*/\\*|application/\\*|application/(x-)?yaml|text/(x-)?yaml|text/\\*)");

    /** The YAML document's {@code info} block: its line and the indented lines under it. */
    private static final Pattern YAML_INFO = Pattern.compile("(?m)^info:\\n(?:[ ].*\\n)*");

    static final String HALLS_FROM_THE_FILE = "The halls, their vendor kinds and weekly hours are the deployment's "
            + "campus file (CAMPUS_FILE); vendor_type names a vendor kind.";

    @Inject
    CurrentCampus campus;

    private Prepared yaml;
    private Prepared json;

    @Override
    public void init() throws ServletException {
        JsonObject built;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(read("META-INF/openapi.json")))) {
            built = reader.readObject();
        }
        JsonObject info = info(built.getJsonObject("info"), campus.campus());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder(built).add("info", info).build());
        }
        json = Prepared.of(out.toByteArray(), "application/json;charset=UTF-8");
        yaml = Prepared.of(withInfo(new String(read("META-INF/openapi.yaml"), StandardCharsets.UTF_8), info)
                .getBytes(StandardCharsets.UTF_8), "application/yaml;charset=UTF-8");
    }

    /** The built document's info with the campus's title and description. */
    static JsonObject info(JsonObject built, Campus campus) {
        return Json.createObjectBuilder(built)
                .add("title", campus.name() + " API")
                .add("description", "Menus, hours and open-now for the " + campus.halls().size()
                        + " dining halls of " + campus.place() + ". " + HALLS_FROM_THE_FILE
                        + " JSON in snake_case; errors are RFC 9457 application/problem+json.")
                .build();
    }

    /**
     * The YAML document with its {@code info} block written anew from {@code info}, whose values are all strings:
     * each as a double-quoted scalar, whose escapes are JSON's.
     */
    static String withInfo(String yaml, JsonObject info) {
        StringBuilder block = new StringBuilder("info:\n");
        for (Map.Entry<String, JsonValue> field : info.entrySet()) {
            if (!(field.getValue() instanceof JsonString)) {
                throw new IllegalStateException("openapi info." + field.getKey() + " is not a string");
            }
            block.append("  ").append(field.getKey()).append(": ").append(field.getValue()).append('\n');
        }
        Matcher found = YAML_INFO.matcher(yaml);
        if (!found.find()) {
            throw new IllegalStateException("The built openapi.yaml has no info block");
        }
        return yaml.substring(0, found.start()) + block + yaml.substring(found.end());
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
