package com.respondo.ledger;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An action a step is about to take (or decided not to take) on one customer message: what the ledger records.
 *
 * @param tenantId the tenant (its short id, e.g. {@code loja-aurora})
 * @param atendimento the conversation id (TempBox {@code Atendimento})
 * @param mensagem the customer message id (TempBox {@code AtendimentoMensagem}) the action answers
 * @param step the step taking the action ({@code initial-response}, {@code bot-reply}, ...)
 * @param action what is done
 * @param text the text sent to the customer, if any
 * @param detail decision details stored as JSON: reason, confidence, target attendant, schedule date, follow-up...
 * @param jobExecutionId the Spring Batch job execution that took the action, if any
 */
public record NewAction(String tenantId, String atendimento, String mensagem, String step, LedgerAction action,
        @Nullable String text, Map<String, @Nullable Object> detail, @Nullable Long jobExecutionId) {

    public NewAction {
        Assert.hasText(tenantId, "tenantId must not be blank");
        Assert.hasText(atendimento, "atendimento must not be blank");
        Assert.hasText(mensagem, "mensagem must not be blank");
        Assert.hasText(step, "step must not be blank");
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    /**
     * An action without text, detail or job execution; add them with the {@code with...} methods.
     */
    public static NewAction of(String tenantId, String atendimento, String mensagem, String step,
            LedgerAction action) {
        return new NewAction(tenantId, atendimento, mensagem, step, action, null, Map.of(), null);
    }

    public NewAction withText(@Nullable String text) {
        return new NewAction(tenantId, atendimento, mensagem, step, action, text, detail, jobExecutionId);
    }

    public NewAction withDetail(Map<String, @Nullable Object> detail) {
        return new NewAction(tenantId, atendimento, mensagem, step, action, text, detail, jobExecutionId);
    }

    public NewAction withJobExecutionId(@Nullable Long jobExecutionId) {
        return new NewAction(tenantId, atendimento, mensagem, step, action, text, detail, jobExecutionId);
    }
}
