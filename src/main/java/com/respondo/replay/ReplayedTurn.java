package com.respondo.replay;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.respondo.replies.PreviewedStep;

/**
 * One customer turn of a past conversation: what the customer wrote, what actually followed, what Respondo would do
 * now, and how the two compare.
 *
 * @param conversation the conversation ({@code Atendimento})
 * @param messageId the turn's newest customer message
 * @param at when that message was written
 * @param customer the turn's text (its burst of customer messages)
 * @param actual who answered the turn: {@code bot}, {@code human} or {@code nobody}
 * @param actualText what they wrote first, when someone answered
 * @param respondo the steps Respondo would take, in order (empty: it would not act)
 * @param verdict how the two compare (see {@link Verdict})
 */
public record ReplayedTurn(String conversation, String messageId, Instant at, String customer, String actual,
        @Nullable String actualText, List<PreviewedStep> respondo, Verdict verdict) {

    public ReplayedTurn {
        respondo = List.copyOf(respondo);
    }

    /** Respondo's final action's kind, {@code NONE} when no step would act. */
    public String respondoAction() {
        return respondo.isEmpty() ? "NONE" : respondo.get(respondo.size() - 1).action();
    }

    /** What Respondo would send first, if anything. */
    public @Nullable String respondoText() {
        return respondo.stream().flatMap(step -> step.texts().stream()).findFirst().orElse(null);
    }
}
