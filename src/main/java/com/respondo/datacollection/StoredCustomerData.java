package com.respondo.datacollection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One row of {@code collected_data}: the validated customer data one run of {@code data-collection} extracted from a
 * conversation's new customer messages, as the admin API shows and exports it.
 *
 * @param id the row id, increasing with each row stored
 * @param tenantId the tenant (company) the conversation belongs to
 * @param atendimento the conversation ({@code Atendimento}), lower case
 * @param name the customer's name
 * @param email the e-mail address, lower case
 * @param phone the phone number as "+" and digits (e.g. "+5511987654321")
 * @param document the CPF (11 digits) or CNPJ (14 digits), check digits valid
 * @param documentType which document it is, null when there is none
 * @param cep the CEP, 8 digits
 * @param intent what the customer wants, in a few words
 * @param urgency how urgent
 * @param sentiment the customer's mood
 * @param summary a short summary of the messages
 * @param sourceMessageIds the customer messages ({@code AtendimentoMensagem}, lower case) read, oldest first
 * @param jobExecutionId the Spring Batch job execution that stored it
 * @param createdAt when it was stored
 */
public record StoredCustomerData(long id, String tenantId, String atendimento, @Nullable String name,
        @Nullable String email, @Nullable String phone, @Nullable String document, @Nullable DocumentType documentType,
        @Nullable String cep, @Nullable String intent, @Nullable Urgency urgency, @Nullable Sentiment sentiment,
        @Nullable String summary, List<String> sourceMessageIds, @Nullable Long jobExecutionId, Instant createdAt) {

    public StoredCustomerData {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(atendimento, "atendimento");
        sourceMessageIds = List.copyOf(sourceMessageIds);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
