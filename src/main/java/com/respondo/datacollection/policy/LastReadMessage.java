package com.respondo.datacollection.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * The newest message of a conversation that one collection has read: where the conversation's progress moves to.
 *
 * @param atendimento the conversation ({@code Atendimento})
 * @param messageId the message ({@code AtendimentoMensagem})
 * @param messageAt when it was written ({@code Cadastro})
 */
public record LastReadMessage(String atendimento, String messageId, Instant messageAt) {

    public LastReadMessage {
        Objects.requireNonNull(atendimento, "atendimento");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageAt, "messageAt");
    }
}
