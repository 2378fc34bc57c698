package com.respondo.replies;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleaning of text that comes from customers or the LLM before it is shown in a prompt, stored or matched: invisible
 * and control characters go (zero-width, bidi overrides, BOM, C0/C1 controls), broken surrogates become U+FFFD and
 * the rest is NFC; emoji, accents and right-to-left scripts stay.
 */
public final class UntrustedText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private UntrustedText() {
    }

    /** The text without invisible or control characters (line breaks and tabs kept, CR LF made LF), NFC. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i >= text.length() || text.charAt(i) != '\n') {
                    out.append('\n');
                }
            }
            else if (cp == '\n' || cp == '\t') {
                out.append((char) cp);
            }
            else if (Character.getType(cp) == Character.SURROGATE) {
                out.append('\uFFFD');
            }
            else if (!invisible(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The cleaned text on one line: line breaks become " / ", runs of blanks one space, trimmed. */
    public static String oneLine(String text) {
        String single = LINE_BREAKS.matcher(clean(text)).replaceAll(" / ");
        return BLANKS.matcher(single).replaceAll(" ").strip();
    }

    /**
     * The text folded for matching: cleaned, accents removed, lower case, every run of characters other than letters
     * and digits one space, trimmed ("Não, é ROBÔ?! Ação!" becomes "nao e robo acao"). One pass, ASCII first.
     */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp >= 0x20 && cp != 0x7F || Character.isWhitespace(cp)) {
                    space = appendFolded(out, cp, space);
                }
            }
            else if (!invisible(cp) && Character.getType(cp) != Character.SURROGATE) {
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                for (int j = 0; j < decomposed.length(); j++) {
                    int part = decomposed.codePointAt(j);
                    j += Character.charCount(part) - 1;
                    if (!isMark(part)) {
                        space = appendFolded(out, part, space);
                    }
                }
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** Appends the lower-case letter or digit, or one space for a run of anything else; whether a space ends it. */
    private static boolean appendFolded(StringBuilder out, int cp, boolean afterSpace) {
        if (Character.isLetterOrDigit(cp)) {
            out.appendCodePoint(Character.toLowerCase(cp));
            return false;
        }
        if (!afterSpace && !isMark(cp)) {
            out.append(' ');
            return true;
        }
        return afterSpace;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** At most {@code max} code points of the text, the last ones replaced by the marker when it was cut. */
    public static String truncate(String text, int max, String marker) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int keep = Math.max(0, max - marker.codePointCount(0, marker.length()));
        return text.substring(0, text.offsetByCodePoints(0, keep)) + marker;
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
