package com.respondo.admin;

/**
 * Respondo has no record of that conversation: no action, no LLM call, no collected data.
 */
class UnknownConversationException extends RuntimeException {

    UnknownConversationException(String atendimento) {
        super("Respondo has no record of conversation " + atendimento);
    }
}
