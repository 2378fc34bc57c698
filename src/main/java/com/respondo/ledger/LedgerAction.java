package com.respondo.ledger;

/**
 * What Respondo did, or decided, about a customer message; stored by name, so new kinds only add constants.
 */
public enum LedgerAction {

    /** The first answer to a conversation nobody has answered yet. */
    GREETING,

    /**
     * The conversation started by the bot (IniciarAtendimento) without an answer, leaving the customer message to a
     * later step; recorded like {@link #DEFER}, so it never holds the message's answer.
     */
    START,

    /** One of the company's canned messages (MensagemPadrao). */
    CANNED,

    /** A reply written by the LLM. */
    REPLY,

    /** The conversation forwarded to a human attendant, with a message telling the customer. */
    HANDOFF,

    /** A follow-up message scheduled at an agenda slot. */
    SCHEDULE,

    /** A farewell, then the conversation closed. */
    CLOSE,

    /** Left to a later step (for example a canned choice below the confidence threshold). */
    DEFER,

    /** Not acted upon (bad input, nothing to do). */
    SKIP,

    /** TempBox's own automation was asked to act (a step in {@code remote} mode). */
    REMOTE
}
