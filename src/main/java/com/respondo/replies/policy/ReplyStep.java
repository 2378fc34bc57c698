package com.respondo.replies.policy;

/**
 * The reply steps, with the step names the jobs and the ledger use: the three of the {@code replies} job, which
 * answer customer messages, and the two of the {@code follow-ups} job, which follow up customers silent after the
 * bot's answer.
 */
public enum ReplyStep {

    /** The first answer to a conversation nobody owns (TempBox's ProcessarOcorrenciaRespostaInicialBotIa). */
    INITIAL_RESPONSE("initial-response"),

    /** A canned message for the bot's conversation when one fits (ResponderMensagemBot). */
    BOT_REPLY("bot-reply"),

    /** The AI's decision for the bot's conversation (ResponderMensagemIa). */
    AI_REPLY("ai-reply"),

    /** One nudge to a customer silent after the bot's answer (jobs/follow-ups.yml); keyed by the bot's message. */
    FOLLOW_UP_NUDGE("follow-up-nudge"),

    /** A farewell and the close when the nudge, too, went unanswered; keyed by the nudge. */
    FOLLOW_UP_CLOSE("follow-up-close");

    private final String stepName;

    ReplyStep(String stepName) {
        this.stepName = stepName;
    }

    /** Whether the step follows up a silence (its ledger key is a bot message) rather than answering a customer. */
    public boolean followsUp() {
        return this == FOLLOW_UP_NUDGE || this == FOLLOW_UP_CLOSE;
    }

    /** The step's name, e.g. "bot-reply". */
    public String stepName() {
        return stepName;
    }
}
