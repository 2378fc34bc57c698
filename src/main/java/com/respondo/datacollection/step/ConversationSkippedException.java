package com.respondo.datacollection.step;

/**
 * One conversation cannot be collected in this run (TempBox sent an unreadable conversation, the LLM's answer was
 * unusable): the step skips it, logs the reason and goes on. The reason names no customer data and no secret.
 */
class ConversationSkippedException extends RuntimeException {

    ConversationSkippedException(String atendimento, String reason) {
        super("conversation " + atendimento + ": " + reason);
    }
}
