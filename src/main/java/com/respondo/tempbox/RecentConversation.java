package com.respondo.tempbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A recently active conversation, as {@code ListarRecentes} lists them.
 * <p>
 * Only the fields Respondo reads, or that the contract tests pin, are declared; TempBox's other fields are skipped.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record RecentConversation(
        @Nullable String atendimento,
        @Nullable Boolean concluido,
        @Nullable String contatoTitulo,
        @Nullable Instant inicioAtendimento,
        @Nullable Boolean solicitanteEmEspera,
        @Nullable Instant terminoAtendimento) {
}
