package com.respondo.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * One decision a reply step acted on, as the conversation trace shows it: one row of {@code decision_trace}.
 *
 * @param tenantId the tenant
 * @param atendimento the conversation (TempBox {@code Atendimento})
 * @param mensagem the customer message it answered (TempBox {@code AtendimentoMensagem}), the ledger's key
 * @param step the step that decided
 * @param action what it decided (REPLY, CANNED, HANDOFF, DEFER...)
 * @param outcome how acting on it ended (SENT, DEFERRED, FAILED...)
 * @param protocol the conversation's protocol number as TempBox numbers it, when known
 * @param customerText the customer's messages it answered, oldest first, one a line
 * @param botText the text sent, or about to be; null when none
 * @param basis what decided: RULE, LLM or FALLBACK
 * @param confidence the LLM's confidence, when it decided
 * @param reason why, in a few words
 * @param sources the knowledge passages the text cites
 * @param llm the LLM call it read, when there was one
 * @param createdAt when it was first recorded (the store's clock when written)
 */
public record DecisionTrace(String tenantId, String atendimento, String mensagem, String step, String action,
        String outcome, @Nullable String protocol, @Nullable String customerText, @Nullable String botText,
        String basis, @Nullable Double confidence, @Nullable String reason, List<String> sources,
        @Nullable Call llm, @Nullable Instant createdAt) {

    public DecisionTrace {
        Assert.hasText(tenantId, "tenantId must not be blank");
        Assert.hasText(atendimento, "atendimento must not be blank");
        Assert.hasText(mensagem, "mensagem must not be blank");
        Assert.hasText(step, "step must not be blank");
        Assert.hasText(action, "action must not be blank");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(basis, "basis");
        sources = List.copyOf(sources);
    }

    /**
     * The LLM call a decision read.
     *
     * @param prompt the prompt's name
     * @param promptVersion the prompt file and a short hash of its text
     * @param model the model that answered
     * @param promptTokens tokens of the prompt
     * @param completionTokens tokens of the answer
     * @param cachedTokens prompt tokens served from the provider's cache
     * @param reused whether another step asked it (its tokens were spent there)
     * @param rawAnswer the model's text, secrets masked, bounded
     */
    public record Call(String prompt, String promptVersion, String model, int promptTokens, int completionTokens,
            int cachedTokens, boolean reused, String rawAnswer) {
    }
}
