package org.fivecmenus.upstream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.fivecmenus.hall.VendorKindName;

/**
 * Typed reads of vendor JSON that fail with a {@link MenuParseException} naming the field, instead of the
 * ClassCastException or NullPointerException that plain JSON-P access gives on a changed format.
 */
public final class JsonFields {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private final VendorKindName vendor;
    private final String hallId;

    public JsonFields(VendorKindName vendor, String hallId) {
        this.vendor = vendor;
        this.hallId = hallId;
    }

    public MenuParseException fail(String problem) {
        return new MenuParseException(vendor, hallId, problem);
    }

    public MenuParseException fail(String problem, Throwable cause) {
        return new MenuParseException(vendor, hallId, problem, cause);
    }

    /** An object or array literal found in a script, and where it ends. */
    public record Literal(String text, int start, int end) {
    }

    /**
     * The object or array literal assigned after {@code from}: from its opening bracket to the matching close,
     * counting brackets only outside string literals (either quote, backslash escapes honoured). A ";" or "}"
     * inside a label must not end it, which a cut at the first ";" gets wrong.
     */
    public Literal literalAfter(String js, int from, String what) throws MenuParseException {
        int i = from;
        while (i < js.length() && Character.isWhitespace(js.charAt(i))) {
            i++;
        }
        if (i >= js.length() || (js.charAt(i) != '{' && js.charAt(i) != '[')) {
            throw fail(what + " is not assigned an object literal");
        }
        int start = i;
        int depth = 0;
        char quote = 0;
        for (; i < js.length(); i++) {
            char c = js.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return new Literal(js.substring(start, i + 1), start, i + 1);
                }
            }
        }
        throw fail(what + " is cut off: no closing bracket");
    }

    public JsonValue parse(String text, String what) throws MenuParseException {
        if (text.isBlank()) {
            throw fail(what + " is empty");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            // JsonParsingException, JsonException, and whatever a provider throws on hostile nesting.
            throw fail(what + " is not valid JSON (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; starts with \"" + Text.preview(text) + "\")", e);
        }
    }

    public JsonObject object(JsonValue value, String what) throws MenuParseException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw fail(what + " is missing");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw fail(what + " is " + describe(value) + ", expected an object");
        }
        return value.asJsonObject();
    }

    public JsonArray array(JsonValue value, String what) throws MenuParseException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw fail(what + " is missing");
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw fail(what + " is " + describe(value) + ", expected an array");
        }
        return value.asJsonArray();
    }

    /** For feeds converted from XML, where one child is an object and several are an array; absent is none. */
    public List<JsonValue> objects(JsonValue value, String what) throws MenuParseException {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        List<JsonValue> values = switch (value.getValueType()) {
            case ARRAY -> value.asJsonArray();
            case OBJECT -> List.of(value);
            default -> throw fail(what + " is " + describe(value) + ", expected an object or an array");
        };
        for (JsonValue v : values) {
            object(v, what + " element");
        }
        return values;
    }

    /** A text field; absent or null give null, numbers and booleans their JSON text. */
    public String string(JsonObject o, String key, String what) throws MenuParseException {
        JsonValue v = o.get(key);
        if (v == null) {
            return null;
        }
        return switch (v.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).toString();
            case TRUE -> "true";
            case FALSE -> "false";
            default -> throw fail(what + " \"" + key + "\" is " + describe(v) + ", expected text");
        };
    }

    /** A yes/no field: true, "true", "yes", "y" and 1 are yes; absent, null and anything else no. */
    public boolean flag(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null) {
            return false;
        }
        return switch (v.getValueType()) {
            case TRUE -> true;
            case STRING -> yes(((JsonString) v).getString());
            case NUMBER -> ((JsonNumber) v).doubleValue() == 1;
            default -> false;
        };
    }

    public static boolean yes(String s) {
        if (s == null) {
            return false;
        }
        String t = s.strip();
        return t.equalsIgnoreCase("yes") || t.equalsIgnoreCase("y") || t.equalsIgnoreCase("true")
                || t.equals("1");
    }

    public static String describe(JsonValue v) {
        return switch (v.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
