package org.fivecmenus.problem;

/**
 * Text from a request, made safe to log: control characters (a newline would start a forged log line, an
 * escape sequence would rewrite a terminal) and Unicode line separators become visible {@code \\uXXXX}
 * escapes, and the length is bounded, so a request can neither forge nor flood a log.
 */
public final class LogSafe {

    static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    public static String text(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 16);
        for (int i = 0; i < text.length(); i++) {
            if (safe.length() >= MAX_LENGTH) {
                return safe.append("…(").append(text.length()).append(" chars)").toString();
            }
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\\') {
                safe.append(c == '\\' ? "\\\\" : String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }
}
