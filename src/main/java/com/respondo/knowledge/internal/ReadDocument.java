package com.respondo.knowledge.internal;

import java.util.List;

/**
 * A file as its reader understood it.
 *
 * @param title its title
 * @param format its format
 * @param sections its text under its headings
 */
record ReadDocument(String title, DocumentFormat format, List<Section> sections) {

    ReadDocument {
        sections = List.copyOf(sections);
    }
}
