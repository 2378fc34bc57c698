package com.respondo.conversation;

import org.jspecify.annotations.Nullable;

/**
 * A row or a conversation a reply step cannot work on (a missing id, an unreadable date): the item is skipped with
 * its reason, which names no customer text, and the rest of the chunk goes on.
 */
public final class UnusableItemException extends RuntimeException {

    private final @Nullable String atendimentoId;

    private final @Nullable String messageId;

    public UnusableItemException(String reason, @Nullable String atendimentoId, @Nullable String messageId) {
        super(reason);
        this.atendimentoId = atendimentoId;
        this.messageId = messageId;
    }

    /** The conversation, when known. */
    public @Nullable String atendimentoId() {
        return atendimentoId;
    }

    /** The customer message it would have answered, when known. */
    public @Nullable String messageId() {
        return messageId;
    }
}
