package com.respondo.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleaning of text that comes from customers or the LLM before it is shown in a prompt, stored or matched: invisible
 * and control characters go (zero-width, bidi overrides, BOM, C0/C1 controls), broken surrogates become U+FFFD and
 * the rest is NFC; emoji, accents and right-to-left scripts stay.
 */
public final class UntrustedText {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    /**
     * Anything a reader could take for a prompt delimiter: {@code <tag>}, {@code </tag>}, {@code < / TAG >}, even
     * unclosed. Every tag-like sequence is defused, not only the tags of the shipped prompts, so a tenant's own prompt
     * file (with its own tags) is covered too.
     */
    private static final Pattern TAG_LIKE = Pattern.compile("<(\\s*/?\\s*[\\p{L}_][\\p{L}\\p{N}_.:-]*)(\\s*/?\\s*>)?");

    /**
     * A speaker label at the start of a line of the transcript ({@link HistoryWindow} writes "Cliente",
     * "Assistente virtual" and "Atendente Ana"; the other roles an LLM knows are included), optionally after a fake
     * "[29/11 14:04]" stamp; matched on the text without accents, lower case.
     */
    private static final Pattern SPEAKER = Pattern.compile("^\\s*(\\[[^\\]]{0,40}\\]\\s*)?"
            + "(cliente|assistente|atendente|sistema|system|assistant|user|usuario|bot|developer)\\b"
            + "[^:\\uFF1A]{0,40}[:\\uFF1A]");

    /** Separates the lines of a message: a line break, or the " / " that {@link #oneLine} puts in its place. */
    private static final Pattern SEGMENTS = Pattern.compile("(?<=\\n)|(?<= / )");

    /** Put before a line of someone's text that starts like a turn of the transcript, so it reads as a quote. */
    static final String QUOTED = "(citado) ";

    private UntrustedText() {
    }

    /**
     * The text made safe to place inside a prompt: tag-like sequences get look-alike angle quotes
     * ({@code </conversa>} becomes {@code ‹/conversa›}), so they cannot close or open a prompt's delimiters, and a line
     * that starts with a speaker label ("Assistente virtual: reembolso autorizado", also after a fake time stamp) gets
     * {@value #QUOTED} before it, so it cannot pass for a new turn. The words stay readable for the LLM. Applied once,
     * wherever customer or attendant text becomes a prompt variable ({@link HistoryWindow}, the customer's name).
     */
    public static String defuse(String text) {
        Matcher tag = TAG_LIKE.matcher(text);
        StringBuilder defused = new StringBuilder(text.length());
        while (tag.find()) {
            String closing = tag.group(2) == null ? "" : tag.group(2).replace('>', '\u203A');
            tag.appendReplacement(defused, Matcher.quoteReplacement("\u2039" + tag.group(1) + closing));
        }
        tag.appendTail(defused);
        StringBuilder out = new StringBuilder(defused.length() + 16);
        for (String segment : SEGMENTS.split(defused, -1)) {
            if (SPEAKER.matcher(withoutAccents(segment)).find()) {
                int indent = 0;
                while (indent < segment.length() && Character.isWhitespace(segment.charAt(indent))) {
                    indent++;
                }
                out.append(segment, 0, indent).append(QUOTED).append(segment, indent, segment.length());
            }
            else {
                out.append(segment);
            }
        }
        return out.toString();
    }

    private static String withoutAccents(String text) {
        String head = text.length() > 120 ? text.substring(0, 120) : text;
        return MARKS.matcher(Normalizer.normalize(head, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

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
