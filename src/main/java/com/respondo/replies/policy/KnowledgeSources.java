package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.respondo.conversation.UntrustedText;
import com.respondo.knowledge.Passage;

/**
 * The passages of the tenant's documents that an ai-reply prompt gives the LLM as numbered sources. Only the passages
 * given are citable, and every one given supports an answer: {@link #within} keeps the best passages at or above the
 * support threshold that fit the token budget, and the prompt shows exactly those.
 *
 * @param passages the passages given, best first; empty when the tenant has no documents or none supports an answer
 */
public record KnowledgeSources(List<Passage> passages) {

    static final String NONE = "(nenhuma fonte)";

    public KnowledgeSources {
        passages = List.copyOf(passages);
    }

    /** No sources: a tenant without documents, or a step that gives none. */
    public static KnowledgeSources none() {
        return new KnowledgeSources(List.of());
    }

    /**
     * The best passages that support an answer (score at least {@code threshold}: a weaker passage only invites a
     * guess) and whose rendered blocks fit {@code charBudget} characters together (the first one always, cut to the
     * budget when it alone is longer), best first. None when no passage supports an answer: the LLM then answers from
     * the company context or hands off.
     */
    public static KnowledgeSources within(List<Passage> passages, double threshold, int charBudget) {
        List<Passage> kept = new ArrayList<>();
        int used = 0;
        for (Passage passage : passages.stream().filter(p -> p.supports(threshold)).toList()) {
            int length = block(passage).length() + 2;
            if (kept.isEmpty() && length > charBudget) {
                kept.add(cut(passage, charBudget));
                break;
            }
            if (used + length > charBudget) {
                break;
            }
            kept.add(passage);
            used += length;
        }
        return new KnowledgeSources(kept);
    }

    /** Whether no passage is given: the documents support no answer. */
    public boolean isEmpty() {
        return passages.isEmpty();
    }

    /** The ids of the passages given: what an answer may cite. */
    public Set<String> ids() {
        return passages.stream().map(Passage::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The sources as the prompt shows them: one {@code [id] title} block with its text per passage. */
    public String numbered() {
        if (passages.isEmpty()) {
            return NONE;
        }
        return passages.stream().map(KnowledgeSources::block).collect(Collectors.joining("\n\n"));
    }

    private static String block(Passage passage) {
        String title = UntrustedText.oneLine(passage.documentTitle()
                + (passage.section().isBlank() ? "" : " > " + passage.section()));
        return "[" + UntrustedText.oneLine(passage.id()) + "] " + UntrustedText.defuse(title) + "\n"
                + UntrustedText.defuse(UntrustedText.clean(passage.text()).strip());
    }

    private static Passage cut(Passage passage, int charBudget) {
        int room = Math.max(0, charBudget - (block(passage).length() - passage.text().length()) - 2);
        return new Passage(passage.id(), passage.documentPath(), passage.documentTitle(), passage.section(),
                UntrustedText.truncate(passage.text(), room, "…"), passage.score(), passage.relevance());
    }
}
