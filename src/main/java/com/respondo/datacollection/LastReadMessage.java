package com.respondo.datacollection;

import java.time.Instant;
import java.util.Objects;

/**
 * The newest message of a conversation that one collection has read: where the conversation's progress moves to.
 *
 * @param atendimento the conversation ({@code Atendimento})
 * @param messageId the message ({@code AtendimentoMensagem})
 * @param messageAt when it was written ({@code Cadastro})
 */
record LastReadMessage(String atendimento, String messageId, Instant messageAt) {

    LastReadMessage {
        Objects.requireNonNull(atendimento, "atendimento");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(messageAt, "messageAt");
    }
}
