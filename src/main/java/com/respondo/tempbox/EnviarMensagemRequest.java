package com.respondo.tempbox;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON of {@code EnviarMensagem}: sends a message to the customer as an attendant; null fields are left out.
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
public record EnviarMensagemRequest(
        @Nullable String atendente,
        @Nullable String atendimento,
        @Nullable String atendimentoFluxoMensagem,
        @Nullable String codigoReferenciaCanal,
        @Nullable String contato,
        @Nullable String empresa,
        @Nullable String mensagem,
        @Nullable Integer plataforma) {

    /** A plain text message from {@code atendente} in a conversation, the other fields omitted. */
    public static EnviarMensagemRequest text(String empresa, String atendimento, String atendente, String mensagem) {
        return new EnviarMensagemRequest(atendente, atendimento, null, null, null, empresa, mensagem, null);
    }
}
