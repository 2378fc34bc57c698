package com.respondo.tempbox;

import java.util.Locale;

/**
 * TempBox answered that it knows no such conversation ("Atendimento não encontrado", which it sends as {@code Code}
 * 500): an answer about one conversation, not an outage, so it is neither retried nor held against the tenant's
 * circuit breaker. The conversation may have been removed, or TempBox may be inconsistent about it for a while.
 */
public class TempBoxConversationNotFoundException extends TempBoxException {

    public TempBoxConversationNotFoundException(String operation, String tenantId, String detail) {
        super(operation, tenantId, detail);
    }

    /** Whether an error message of TempBox says that the conversation is unknown (with or without the accent). */
    static boolean saysNotFound(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("atendimento não encontrado") || lower.contains("atendimento nao encontrado");
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
