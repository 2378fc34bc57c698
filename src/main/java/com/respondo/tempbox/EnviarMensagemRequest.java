package com.respondo.tempbox;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code EnviarMensagem}: sends a message to the customer as an attendant; null fields are left out.
 */
public record EnviarMensagemRequest(
        @JsonProperty("Atendente") @Nullable String atendente,
        @JsonProperty("Atendimento") @Nullable String atendimento,
        @JsonProperty("AtendimentoFluxoMensagem") @Nullable String atendimentoFluxoMensagem,
        @JsonProperty("CodigoReferenciaCanal") @Nullable String codigoReferenciaCanal,
        @JsonProperty("Contato") @Nullable String contato,
        @JsonProperty("Empresa") @Nullable String empresa,
        @JsonProperty("Mensagem") @Nullable String mensagem,
        @JsonProperty("Plataforma") @Nullable Integer plataforma) {

    /** A plain text message from {@code atendente} in a conversation, the other fields omitted. */
    public static EnviarMensagemRequest text(String empresa, String atendimento, String atendente, String mensagem) {
        return new EnviarMensagemRequest(atendente, atendimento, null, null, null, empresa, mensagem, null);
    }
}
