package com.respondo.replies.policy;

/** What the AI decided to do with a conversation ({@code action} of {@link AiDecision}). */
public enum AiAction {

    /** Answer with the message. */
    REPLY,

    /** Tell the customer, then forward the conversation to a human attendant. */
    HANDOFF,

    /** Answer now and schedule a follow-up message at a free agenda slot. */
    SCHEDULE,

    /** Say goodbye, then close the conversation. */
    CLOSE
}
