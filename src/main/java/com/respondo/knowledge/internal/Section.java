package com.respondo.knowledge.internal;

import java.util.List;

/**
 * A piece of a document under its headings.
 *
 * @param headings the headings above it, outermost first (the document's title heading included)
 * @param paragraphs its paragraphs, in order
 */
record Section(List<String> headings, List<String> paragraphs) {

    Section {
        headings = List.copyOf(headings);
        paragraphs = List.copyOf(paragraphs);
    }

    /** {@code Prazos > Região Norte}. */
    String headingPath() {
        return String.join(" > ", headings);
    }
}
