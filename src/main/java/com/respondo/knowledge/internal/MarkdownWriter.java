package com.respondo.knowledge.internal;

import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tika's XHTML events written as Markdown: {@code h1}…{@code h6} as headings, block elements as paragraphs, list
 * items as "- " lines, table cells apart; the {@code head} (title, metadata), scripts and styles left out.
 */
final class MarkdownWriter extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "pre", "ul", "ol",
            "table", "tr", "dl", "dd", "dt", "br", "hr", "li");

    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "noscript", "template");

    private final StringBuilder out = new StringBuilder();

    private int skipping;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping++;
        }
        else if (level(name) > 0) {
            out.append("\n\n").append("#".repeat(level(name))).append(' ');
        }
        else if (name.equals("li")) {
            out.append("\n- ");
        }
        else if (name.equals("td") || name.equals("th")) {
            out.append(' ');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipping--;
        }
        else if (level(name) > 0 || (BLOCKS.contains(name) && !name.equals("li"))) {
            out.append("\n\n");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipping == 0) {
            String text = new String(ch, start, length);
            // Inside a heading the text must stay on the heading's line.
            out.append(atHeading() ? text.replace('\n', ' ') : text);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private boolean atHeading() {
        int lineStart = out.lastIndexOf("\n") + 1;
        return lineStart < out.length() && out.charAt(lineStart) == '#';
    }

    private static String name(String localName, String qName) {
        return (localName.isEmpty() ? qName : localName).toLowerCase(java.util.Locale.ROOT);
    }

    private static int level(String name) {
        return (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6')
                ? name.charAt(1) - '0' : 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
