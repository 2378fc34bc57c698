package com.respondo.knowledge.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a knowledge folder may hold, by file extension. */
enum DocumentFormat {

    MARKDOWN("markdown", "md", "markdown"),
    TEXT("text", "txt"),
    HTML("html", "html", "htm"),
    PDF("pdf", "pdf");

    private final String label;

    private final List<String> extensions;

    DocumentFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    String label() {
        return label;
    }

    static Optional<DocumentFormat> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = (dot < 0) ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extensions.contains(extension)).findFirst();
    }
}
