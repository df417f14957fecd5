package org.fivecmenus.upstream;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fivecmenus.hall.VendorKindName;

/**
 * The request headers sent to each vendor: defaults (a User-Agent that says who we are, the vendor's Accept
 * type) with the operator's changes on top, from {@code VENDOR_<KIND>_HEADERS} (e.g.
 * {@code VENDOR_BON_APPETIT_HEADERS}). Each is {@code Name: value} pairs separated by {@code |} (values such as a
 * browser's User-Agent hold commas); a configured name replaces the default of that name, and an empty value
 * leaves it out. Bon Appétit's CDN has been reported to refuse some non-browser agents: this is the lever.
 * A kind's secret (an API key) stays a setting of its own, not a header choice ({@link VendorKind#sign}).
 */
public final class VendorHeaders {

    public static final String USER_AGENT = "5C-Menus/0.1 (+https://github.com/fivecmenus/5c-menus)";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Set by the HTTP client itself, or by the application for a reason of its own. */
    private static final Set<String> NOT_CONFIGURABLE = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "api-key", "if-none-match", "if-modified-since");

    /** Per kind, the operator's changes: a header name and its value, empty to leave that header out. */
    private final Map<VendorKindName, Map<String, String>> changes;

    private VendorHeaders(Map<VendorKindName, Map<String, String>> changes) {
        this.changes = changes;
    }

    /** The defaults alone. */
    public static VendorHeaders defaults() {
        return configured(Map.of());
    }

    /**
     * @param changes per kind, the configured {@code Name: value | Name: value} text
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    public static VendorHeaders configured(Map<VendorKindName, String> changes) {
        Map<VendorKindName, Map<String, String>> parsed = new HashMap<>();
        changes.forEach((kind, text) -> parsed.put(kind, Collections.unmodifiableMap(parse(text, settingOf(kind)))));
        return new VendorHeaders(Map.copyOf(parsed));
    }

    /** A kind's headers: who we are, its {@code Accept} type, and the operator's changes on top. */
    public Map<String, String> of(VendorKind kind) {
        Map<String, String> these = new LinkedHashMap<>();
        these.put("User-Agent", USER_AGENT);
        these.put("Accept", kind.accept());
        changes.getOrDefault(kind.name(), Map.of()).forEach((name, value) -> {
            these.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            if (!value.isEmpty()) {
                these.put(name, value);
            }
        });
        return these;
    }

    /** The environment variable of a kind's headers, e.g. {@code VENDOR_BON_APPETIT_HEADERS}. */
    public static String settingOf(VendorKindName kind) {
        return "VENDOR_" + kind.id().toUpperCase(Locale.ROOT) + "_HEADERS";
    }

    /** Its configuration key, e.g. {@code vendor.bon-appetit.headers}. */
    public static String configKeyOf(VendorKindName kind) {
        return "vendor." + kind.id().replace('_', '-') + ".headers";
    }

    private static Map<String, String> parse(String change, String setting) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String pair : change.split("\\|")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.indexOf(':');
            String name = colon < 0 ? "" : pair.substring(0, colon).strip();
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException(setting + ": '" + pair.strip() + "' is not 'Name: value'");
            }
            if (NOT_CONFIGURABLE.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(setting + ": " + name + " cannot be configured");
            }
            String value = pair.substring(colon + 1).strip();
            if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IllegalArgumentException(setting + ": the value of " + name + " holds a control character");
            }
            headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
            headers.put(name, value);
        }
        return headers;
    }
}
