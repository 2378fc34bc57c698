package com.respondo.datacollection;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How far {@code data-collection} has read one conversation: every customer message up to {@code lastMessageId} is
 * collected, so the next run reads only what came after it.
 *
 * @param tenantId the tenant
 * @param atendimento the conversation ({@code Atendimento}), lower case
 * @param lastMessageId the newest message read ({@code AtendimentoMensagem}), lower case
 * @param lastMessageAt when that message was written ({@code Cadastro})
 * @param jobExecutionId the job execution that last advanced it
 * @param updatedAt when it was last advanced
 */
public record CollectionProgress(String tenantId, String atendimento, String lastMessageId, Instant lastMessageAt,
        @Nullable Long jobExecutionId, Instant updatedAt) {

    public CollectionProgress {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(atendimento, "atendimento");
        Objects.requireNonNull(lastMessageId, "lastMessageId");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
