package org.fivecmenus.upstream;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fivecmenus.hall.VendorType;

/**
 * The request headers sent to each vendor: defaults (a User-Agent that says who we are, the vendor's Accept
 * type) with the operator's changes on top, from {@code VENDOR_SODEXO_HEADERS}, {@code VENDOR_BON_APPETIT_HEADERS}
 * and {@code VENDOR_POMONA_HEADERS}. Each is {@code Name: value} pairs separated by {@code |} (values such as a
 * browser's User-Agent hold commas); a configured name replaces the default of that name, and an empty value
 * leaves it out. Bon Appétit's CDN has been reported to refuse some non-browser agents: this is the lever.
 * Sodexo's API key stays its own setting ({@code SODEXO_API_KEY}), a secret rather than a header choice.
 */
public final class VendorHeaders {

    public static final String USER_AGENT = "5C-Menus/0.1 (+https://github.com/fivecmenus/5c-menus)";

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** Set by the HTTP client itself, or by the application for a reason of its own. */
    private static final Set<String> NOT_CONFIGURABLE = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "api-key", "if-none-match", "if-modified-since");

    private final Map<VendorType, Map<String, String>> headers;

    private VendorHeaders(Map<VendorType, Map<String, String>> headers) {
        this.headers = headers;
    }

    /** The defaults alone. */
    public static VendorHeaders defaults() {
        return configured(Map.of());
    }

    /**
     * @param changes per vendor, the configured {@code Name: value | Name: value} text
     * @throws IllegalArgumentException naming the setting and what is wrong with it
     */
    public static VendorHeaders configured(Map<VendorType, String> changes) {
        Map<VendorType, Map<String, String>> all = new EnumMap<>(VendorType.class);
        for (VendorType vendor : VendorType.values()) {
            Map<String, String> these = new LinkedHashMap<>();
            these.put("User-Agent", USER_AGENT);
            these.put("Accept", accept(vendor));
            String change = changes.get(vendor);
            if (change != null) {
                apply(these, change, settingOf(vendor));
            }
            all.put(vendor, Collections.unmodifiableMap(these));
        }
        return new VendorHeaders(all);
    }

    public Map<String, String> of(VendorType vendor) {
        return headers.get(vendor);
    }

    /** The environment variable of a vendor's headers, e.g. {@code VENDOR_BON_APPETIT_HEADERS}. */
    public static String settingOf(VendorType vendor) {
        return "VENDOR_" + vendor.name() + "_HEADERS";
    }

    private static void apply(Map<String, String> headers, String change, String setting) {
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
            if (!value.isEmpty()) {
                headers.put(name, value);
            }
        }
    }

    private static String accept(VendorType vendor) {
        return switch (vendor) {
            case SODEXO -> "application/json";
            case BON_APPETIT -> "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
            case POMONA -> "application/json,application/javascript;q=0.9,*/*;q=0.5";
        };
    }
}
