package com.respondo.sandbox.llm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of Respondo's rendered prompts that the heuristics need: the text between {@code <tag>} and
 * {@code </tag>}, a {@code Label: value} line, a numbered list, the customer's newest lines of a conversation.
 */
final class PromptText {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)[.)]\\s+(.+)$", Pattern.MULTILINE);

    private static final Pattern AUTHOR = Pattern.compile(
            "^\\s*(?:\\[[^\\]]*\\]\\s*)?([\\p{L} ()._-]{1,40}?)\\s*:\\s?(.*)$");

    private PromptText() {
    }

    /** @return the text between {@code <tag>} and {@code </tag>}, or empty when the tag is absent */
    static String between(String text, String tag) {
        int start = text.indexOf('<' + tag + '>');
        if (start < 0) {
            return "";
        }
        start += tag.length() + 2;
        int end = text.indexOf("</" + tag + '>', start);
        return ((end < 0) ? text.substring(start) : text.substring(start, end)).strip();
    }

    /** @return the value of the first line {@code [- ]label: value}, or empty */
    static String labelled(String text, String label) {
        Matcher matcher = Pattern.compile("^[\\s-]*" + Pattern.quote(label) + "\\s*:[ \\t]*(.*)$", Pattern.MULTILINE)
            .matcher(text);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    /** @return the items of a numbered list ({@code 1. text}), in order, without their numbers */
    static List<String> numbered(String text) {
        List<String> items = new ArrayList<>();
        Matcher matcher = NUMBERED.matcher(text);
        while (matcher.find()) {
            items.add(matcher.group(2).strip());
        }
        return items;
    }

    /**
     * The customer's newest messages in a conversation written one message a line as {@code Author: text}: the
     * customer lines after the last line of anybody else. Without recognisable authors, the whole text.
     */
    static String newestCustomerText(String conversation) {
        List<String> newest = new ArrayList<>();
        boolean authorsFound = false;
        for (String line : conversation.split("\\R")) {
            Matcher author = AUTHOR.matcher(line);
            if (author.matches()) {
                authorsFound = true;
                if (normalize(author.group(1)).startsWith("cliente")) {
                    newest.add(author.group(2));
                }
                else {
                    newest.clear();
                }
            }
            else if (!line.isBlank() && !newest.isEmpty()) {
                newest.add(line.strip());
            }
        }
        return authorsFound ? String.join("\n", newest) : conversation;
    }

    /** @return lower case without accents, for keyword matching */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    }

    /** @return the first word of a name, or empty */
    static String firstName(String name) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        return (space < 0) ? stripped : stripped.substring(0, space);
    }
}
