package com.respondo.sandbox.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The numbered knowledge sources of an ai-reply prompt ({@code <fontes>}: blocks of {@code [id] title} then the
 * passage's text), and the sandbox's answer from them: the sentences of the source sharing the most word stems with
 * the customer's question.
 */
final class PromptSources {

    private static final Pattern HEADER = Pattern.compile("^\\[([^\\]\\s]+)\\]\\s*(.*)$", Pattern.MULTILINE);

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|^\\s*(?:[-*#>]+|\\d+[.)])\\s+",
            Pattern.MULTILINE);

    private static final int MAX_ANSWER = 280;

    private PromptSources() {
    }

    /**
     * One source as the prompt gives it.
     * @param id what an answer cites
     * @param title the document's title
     * @param text the passage's text
     */
    record Source(String id, String title, String text) {
    }

    /**
     * The answer found in a source.
     * @param id the source's id
     * @param text the sentences that answer
     */
    record Found(String id, String text) {
    }

    /** @return the sources between {@code <fontes>} and {@code </fontes>}, in the prompt's order; none when absent */
    static List<Source> of(String user) {
        String block = PromptText.between(user, "fontes");
        List<Source> sources = new ArrayList<>();
        Matcher header = HEADER.matcher(block);
        int start = -1;
        String id = "";
        String title = "";
        while (header.find()) {
            if (start >= 0) {
                sources.add(new Source(id, title, block.substring(start, header.start()).strip()));
            }
            id = header.group(1);
            title = header.group(2).strip();
            start = header.end();
        }
        if (start >= 0) {
            sources.add(new Source(id, title, block.substring(start).strip()));
        }
        return sources;
    }

    /**
     * @return the sentences of the source sharing the most stems with the customer's text (the first source on a tie,
     *     the prompt giving the best first), or null when no source shares any
     */
    static @Nullable Found answer(String customer, List<Source> sources) {
        Set<String> stems = Keywords.stems(customer);
        Source best = null;
        int bestShared = 0;
        for (Source source : sources) {
            int shared = Keywords.shared(stems, source.title() + " " + source.text()).size();
            if (shared > bestShared) {
                best = source;
                bestShared = shared;
            }
        }
        return (best == null) ? null : new Found(best.id(), sentences(stems, best.text()));
    }

    /** The sentence sharing the most stems with the question, and the next ones while they fit. */
    private static String sentences(Set<String> stems, String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(MARKUP.matcher(text).replaceAll(""))) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        int first = 0;
        for (int i = 1; i < sentences.size(); i++) {
            if (Keywords.shared(stems, sentences.get(i)).size() > Keywords.shared(stems, sentences.get(first)).size()) {
                first = i;
            }
        }
        StringBuilder answer = new StringBuilder(sentences.isEmpty() ? "" : sentences.get(first));
        for (int i = first + 1; i < sentences.size()
                && answer.length() + sentences.get(i).length() + 1 <= MAX_ANSWER; i++) {
            answer.append(' ').append(sentences.get(i));
        }
        return answer.toString();
    }
}
