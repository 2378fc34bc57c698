package com.respondo.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts Markdown (and plain text, which is Markdown without headings) into sections at its ATX headings
 * ({@code #} to {@code ######}) and into paragraphs at its blank lines. The readers of HTML and PDF write this form
 * too.
 */
final class MarkdownSections {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");

    private MarkdownSections() {
    }

    static List<Section> of(String markdown) {
        List<Section> sections = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                endParagraph(paragraph, paragraphs);
                endSection(headings, paragraphs, sections);
                int level = heading.group(1).length();
                while (headings.size() >= level) {
                    headings.remove(headings.size() - 1);
                }
                while (headings.size() < level - 1) {
                    headings.add("");
                }
                headings.add(heading.group(2).strip());
            }
            else if (line.isBlank()) {
                endParagraph(paragraph, paragraphs);
            }
            else {
                if (!paragraph.isEmpty()) {
                    paragraph.append('\n');
                }
                paragraph.append(line.stripTrailing());
            }
        }
        endParagraph(paragraph, paragraphs);
        endSection(headings, paragraphs, sections);
        return sections;
    }

    /** The first level-1 heading, when the document has one. */
    static String title(List<Section> sections) {
        return sections.stream()
            .map(Section::headings)
            .filter(headings -> !headings.isEmpty() && !headings.get(0).isEmpty())
            .map(headings -> headings.get(0))
            .findFirst()
            .orElse("");
    }

    private static void endParagraph(StringBuilder paragraph, List<String> paragraphs) {
        String text = paragraph.toString().strip();
        if (!text.isEmpty()) {
            paragraphs.add(text);
        }
        paragraph.setLength(0);
    }

    private static void endSection(List<String> headings, List<String> paragraphs, List<Section> sections) {
        if (!paragraphs.isEmpty()) {
            sections.add(new Section(headings.stream().filter(heading -> !heading.isEmpty()).toList(), paragraphs));
        }
        paragraphs.clear();
    }
}
