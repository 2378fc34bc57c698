package com.respondo.knowledge.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.respondo.conversation.UntrustedText;

/**
 * An approved suggestion as a Markdown file of the tenant's knowledge folder, {@code sugestoes/<slug>.md}: a heading
 * (the question on one line) and the question and answer as plain text, every Markdown or HTML mark in them escaped.
 * Never overwrites a file: a taken name gets a number.
 */
final class SuggestionFile {

    static final String FOLDER = "sugestoes";

    private static final int SLUG_CHARS = 60;

    private static final int TITLE_CHARS = 120;

    private SuggestionFile() {
    }

    /** Writes the file under the tenant's folder; answers its path relative to that folder ({@code /} separators). */
    static String write(Path tenantFolder, String question, String answer) {
        Path folder = tenantFolder.resolve(FOLDER);
        byte[] content = markdown(question, answer).getBytes(StandardCharsets.UTF_8);
        String slug = slug(question);
        try {
            Files.createDirectories(folder);
            for (int attempt = 1;; attempt++) {
                String name = (attempt == 1 ? slug : slug + "-" + attempt) + ".md";
                try {
                    Files.write(folder.resolve(name), content, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    return FOLDER + "/" + name;
                }
                catch (FileAlreadyExistsException taken) {
                    // the next number
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the suggestion into " + folder, ex);
        }
    }

    static String markdown(String question, String answer) {
        String title = UntrustedText.truncate(UntrustedText.oneLine(question), TITLE_CHARS, "…");
        return "# " + plain(title) + "\n\n"
                + "Pergunta do cliente:\n\n" + plain(question) + "\n\n"
                + "Resposta da equipe:\n\n" + plain(answer) + "\n";
    }

    /**
     * The text as plain text in Markdown: marks that would make code, emphasis, a link, HTML or a heading escaped;
     * the masks ({@code [CPF]}) stay readable.
     */
    static String plain(String text) {
        String escaped = UntrustedText.clean(text).replaceAll("([\\\\`*_<>])", "\\\\$1").replace("](", "]\\(");
        return Arrays.stream(escaped.split("\n", -1))
            .map(line -> line.stripLeading().startsWith("#") ? "\\" + line.stripLeading() : line)
            .collect(Collectors.joining("\n"));
    }

    /** The question's first words, accents folded, lower case, joined by hyphens; "sugestao" when it has none. */
    static String slug(String question) {
        String folded = UntrustedText.fold(question).replace(' ', '-').replaceAll("[^a-z0-9-]", "");
        if (folded.length() > SLUG_CHARS) {
            int cut = folded.lastIndexOf('-', SLUG_CHARS);
            folded = folded.substring(0, cut > 0 ? cut : SLUG_CHARS);
        }
        folded = folded.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return folded.isEmpty() ? "sugestao" : folded;
    }
}
