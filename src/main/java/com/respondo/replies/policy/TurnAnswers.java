package com.respondo.replies.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;

/**
 * The AI's answer to a customer turn, kept from the step that asked for it to the step that acts on it, so that one
 * customer turn costs one LLM request: bot-reply asks the one decision ({@code prompts/ai-reply.st}, which also
 * chooses a canned message); when it sends no canned message, ai-reply follows that same answer instead of asking
 * again. A turn is the conversation's newest customer message: an answer is given out only for the very message it
 * answered (a newer customer message, an attendant's message or a closure make it another turn, or no turn), once,
 * and while younger than {@code maxAge}. Kept in memory, at most {@code capacity} answers (the oldest dropped): a
 * lost answer (a restart, another worker) only means that ai-reply asks again, as it always could. Thread-safe.
 */
public final class TurnAnswers {

    private final Clock clock;

    private final Duration maxAge;

    private final int capacity;

    private final Map<String, Kept> answers = new LinkedHashMap<>();

    public TurnAnswers(Clock clock, Duration maxAge, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.capacity = capacity;
    }

    /** Keeps the usable answer to the conversation's newest customer message, with the prompt it answered. */
    void keep(Conversation conversation, PromptedPlanner.Answered<AiDecision> answered) {
        Optional<String> key = key(conversation);
        if (key.isEmpty() || capacity == 0) {
            return;
        }
        synchronized (answers) {
            answers.remove(key.get());
            answers.put(key.get(), new Kept(answered, clock.instant()));
            Iterator<Kept> oldest = answers.values().iterator();
            while (answers.size() > capacity && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** The answer kept for the conversation's newest customer message, given out once; empty when none is. */
    Optional<PromptedPlanner.Answered<AiDecision>> take(Conversation conversation) {
        Optional<String> key = key(conversation);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Kept kept;
        synchronized (answers) {
            kept = answers.remove(key.get());
        }
        return fresh(kept).map(Kept::answered);
    }

    private Optional<Kept> fresh(@Nullable Kept kept) {
        if (kept == null || kept.at().plus(maxAge).isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(kept);
    }

    /** How many answers are kept now. */
    public int size() {
        synchronized (answers) {
            return answers.size();
        }
    }

    private static Optional<String> key(Conversation conversation) {
        return conversation.newestMessage()
            .filter(Message::fromCustomer)
            .map(newest -> (conversation.tenantId() + '/' + conversation.atendimentoId() + '/' + newest.id())
                .toLowerCase(Locale.ROOT));
    }

    /**
     * One kept answer.
     *
     * @param answered the AI's validated answer and the prompt it answered (whose agenda slots and sources its
     *     numbers and ids refer to)
     * @param at when it was kept
     */
    private record Kept(PromptedPlanner.Answered<AiDecision> answered, Instant at) {
    }
}
