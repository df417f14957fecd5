package org.fivecmenus.upstream;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fivecmenus.menu.model.TitleCase;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Text clean-up shared by the adapters: vendor strings carry tags, entities, odd spacing and ALL CAPS. */
public final class Text {

    // "<[^>]*>" backtracks quadratically over a run of unclosed "<"; a tag cannot contain "<" anyway.
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern DOUBLED_BARS = Pattern.compile("\\s*\\|(?:\\s*\\|)*\\s*");
    private static final Pattern DOUBLED_PUNCTUATION = Pattern.compile("([,;])(?:\\s*[,;])+");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|,;]+|[\\s|,;]+$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d{1,7})(\\.\\d+)?");

    private Text() {
    }

    /** The body as text: UTF-8 (all three vendors send it), a byte-order mark dropped; null reads as empty. */
    public static String utf8(byte[] body) {
        if (body == null) {
            return "";
        }
        String s = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The start of a body for an error message, on one line and short enough for a log. */
    public static String preview(String body) {
        String s = SPACES.matcher(body.length() > 200 ? body.substring(0, 200) : body).replaceAll(" ").strip();
        s = s.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** Decodes HTML entities once ("&amp;" → "&"); a raw "&" stays as it is. */
    public static String decode(String s) {
        return s == null ? null : Parser.unescapeEntities(s, false);
    }

    /** Trims, turns no-break spaces into spaces and collapses runs of spaces. */
    public static String collapse(String s) {
        return s == null ? null : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Null for null, blank or whitespace-only text, else the collapsed text. */
    public static String blankToNull(String s) {
        String c = collapse(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /** Plain text of a vendor HTML snippet: tags out, {@code <br />} read as a space, entities decoded once. */
    public static String htmlToText(String html) {
        if (html == null) {
            return null;
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return blankToNull(html);
        }
        return blankToNull(Jsoup.parseBodyFragment(BR.matcher(html).replaceAll(" ")).text());
    }

    /**
     * A dish's description as shown: plain text ({@link #htmlToText}), and the list separators the kitchens type
     * tidied, so that Bon Appétit's {@code "spice seared beef top sirloin    |"} reads "spice seared beef top
     * sirloin" and {@code "| a | | b"} reads "a | b". Null when nothing is left.
     */
    public static String description(String raw) {
        String text = htmlToText(raw);
        if (text == null) {
            return null;
        }
        text = DOUBLED_BARS.matcher(text).replaceAll(" | ");
        text = DOUBLED_PUNCTUATION.matcher(text).replaceAll("$1");
        return blankToNull(EDGE_SEPARATORS.matcher(text).replaceAll(""));
    }

    /**
     * The matching key of a station or item name (docs/vendors.md 4.3): lower case, tags stripped, entities
     * decoded, accents folded, each run of other characters one space. So "@home", "@ home" and "home" meet,
     * as do "expo- mongolian" and "expo - mongolian", "chef's table: pasta bar" and "chef's table - pasta bar".
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = decode(TAG.matcher(name).replaceAll(" "));
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").strip();
    }

    /**
     * Title case ({@link TitleCase}) for names a vendor sends in ALL CAPS (Sodexo stations and meals), which no
     * one wants shouted at them in the API either; any other name is returned unchanged.
     */
    public static String titleCaseIfShouting(String name) {
        if (name == null || name.chars().anyMatch(Character::isLowerCase)) {
            return name;
        }
        return TitleCase.ofOneCase(name);
    }

    /**
     * Reads a count from text the way vendors write it: "270", "141.78", "10g" (rounded); "", "NA", "&lt;5"
     * and anything without a leading number give null.
     */
    public static Integer leadingInt(String s) {
        if (s == null) {
            return null;
        }
        var m = LEADING_NUMBER.matcher(s);
        if (!m.find()) {
            return null;
        }
        long whole = Long.parseLong(m.group(1));
        if (m.group(2) != null && m.group(2).length() > 1 && m.group(2).charAt(1) >= '5') {
            whole++;
        }
        return (int) whole;
    }
}
