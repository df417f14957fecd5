package org.fivecmenus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;

/** The Nu HTML Checker, run in-process on a page: no errors allowed. */
public final class HtmlChecker {

    private HtmlChecker() {
    }

    public static void assertValid(String page, String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = JsonBodies.object(report).getJsonArray("messages").getValuesAs(JsonObject.class)
                    .stream()
                    .filter(m -> "error".equals(m.getString("type", "")) || "fatal".equals(m.getString("subType", "")))
                    .map(m -> m.getInt("lastLine", 0) + ": " + m.getString("message", "") + " — "
                            + m.getString("extract", ""))
                    .toList();
            assertThat(errors).as("HTML errors in " + page).isEmpty();
        } catch (java.io.IOException | org.xml.sax.SAXException e) {
            throw new AssertionError("The HTML checker failed on " + page, e);
        }
    }
}
