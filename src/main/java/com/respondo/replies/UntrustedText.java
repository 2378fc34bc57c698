package com.respondo.replies;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cleaning of text that comes from customers or the LLM before it is shown in a prompt, stored or matched: invisible
 * and control characters go (zero-width, bidi overrides, BOM, C0/C1 controls), broken surrogates become U+FFFD and
 * the rest is NFC; emoji, accents and right-to-left scripts stay.
 */
public final class UntrustedText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
     * and digits one space, trimmed ("Não, é ROBÔ?!" becomes "nao e robo").
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        return NOT_WORD.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
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
