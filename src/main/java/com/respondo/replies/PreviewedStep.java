package com.respondo.replies;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One reply step's decision in a {@link ReplyPreview}, in the words the ledger uses.
 *
 * @param step the step ({@code initial-response}, {@code bot-reply}, {@code ai-reply})
 * @param action the action's kind ({@code GREET}, {@code START}, {@code SEND_CANNED}, {@code SEND_REPLY},
 *     {@code HANDOFF}, {@code SCHEDULE}, {@code CLOSE}, {@code DEFER})
 * @param basis what decided it: {@code RULE}, {@code LLM} or {@code FALLBACK}
 * @param confidence the LLM's confidence when it decided, else null
 * @param reason why, in a few words
 * @param texts what the action puts in front of the customer, now then later (a schedule's follow-up); empty when
 *     silent
 * @param sources the ids of the knowledge passages the text cites
 */
public record PreviewedStep(String step, String action, String basis, @Nullable Double confidence, String reason,
        List<String> texts, List<String> sources) {

    public PreviewedStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        texts = List.copyOf(texts);
        sources = List.copyOf(sources);
    }

    /** The text sent to the customer now, if any. */
    public Optional<String> text() {
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(0));
    }

    /** Whether the step sends the customer something. */
    public boolean speaks() {
        return !texts.isEmpty();
    }
}
