package com.respondo.admin;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One collection of customer data from a conversation, as the admin API shows and exports it (every field null when
 * absent).
 *
 * @param id the row's id, increasing in storage order
 * @param tenantId the tenant
 * @param atendimento the TempBox conversation id
 * @param collectedAt when it was stored
 * @param name the customer's name
 * @param email the e-mail address
 * @param phone the phone number ("+" and digits)
 * @param document the CPF or CNPJ digits
 * @param documentType {@code CPF} or {@code CNPJ}
 * @param cep the CEP, 8 digits
 * @param intent what the customer wants
 * @param urgency {@code BAIXA}, {@code MEDIA} or {@code ALTA}
 * @param sentiment {@code POSITIVO}, {@code NEUTRO} or {@code NEGATIVO}
 * @param summary a short summary
 * @param sourceMessageIds the customer messages it was extracted from
 */
public record CollectedDataRow(long id, String tenantId, String atendimento, Instant collectedAt,
        @Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String document,
        @Nullable String documentType, @Nullable String cep, @Nullable String intent, @Nullable String urgency,
        @Nullable String sentiment, @Nullable String summary, List<String> sourceMessageIds) {

    public CollectedDataRow {
        sourceMessageIds = List.copyOf(sourceMessageIds);
    }
}
