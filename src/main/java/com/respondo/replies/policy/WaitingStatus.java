package com.respondo.replies.policy;

/**
 * Whether a conversation waits for an answer from Respondo and, when it does not, why; when it does, which steps it
 * belongs to.
 */
public enum WaitingStatus {

    /** Waiting, and nobody owns it yet: initial-response answers it. */
    WAITING_UNOWNED("waiting, not started"),

    /** Waiting, and the bot owns it: bot-reply, then ai-reply, answer it. */
    WAITING_FOR_BOT("waiting, owned by the bot"),

    /** Not waiting: the conversation is closed. */
    CLOSED("closed"),

    /** Not waiting: a human attendant owns it. */
    OWNED_BY_HUMAN("owned by a human attendant"),

    /**
     * Not waiting: a human attendant wrote after the bot's last message, less than the human-presence pause ago, without
     * (necessarily) taking the conversation; a person is present.
     */
    HUMAN_PRESENT("a human attendant wrote within the human-presence pause"),

    /** Not waiting: an attendant wrote the newest message. */
    ANSWERED("newest message is from an attendant"),

    /** Not yet waiting: the newest customer message is within the debounce window (more may follow). */
    DEBOUNCING("newest customer message within the debounce window"),

    /** Not waiting: the conversation has no message. */
    NO_MESSAGES("no messages");

    private final String reason;

    WaitingStatus(String reason) {
        this.reason = reason;
    }

    /** Whether the conversation waits for an answer. */
    public boolean isWaiting() {
        return this == WAITING_UNOWNED || this == WAITING_FOR_BOT;
    }

    /** Whether the given step answers a conversation in this status (a human-owned one: never). */
    public boolean isFor(ReplyStep step) {
        if (this == WAITING_UNOWNED) {
            return step == ReplyStep.INITIAL_RESPONSE;
        }
        return this == WAITING_FOR_BOT && step != ReplyStep.INITIAL_RESPONSE;
    }

    /** A short English reason for logs and skip records. */
    public String reason() {
        return reason;
    }
}
