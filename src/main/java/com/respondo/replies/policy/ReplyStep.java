package com.respondo.replies.policy;

/** The three reply steps of the {@code replies} job, with the step names the jobs and the ledger use. */
public enum ReplyStep {

    /** The first answer to a conversation nobody owns (TempBox's ProcessarOcorrenciaRespostaInicialBotIa). */
    INITIAL_RESPONSE("initial-response"),

    /** A canned message for the bot's conversation when one fits (ResponderMensagemBot). */
    BOT_REPLY("bot-reply"),

    /** The AI's decision for the bot's conversation (ResponderMensagemIa). */
    AI_REPLY("ai-reply");

    private final String stepName;

    ReplyStep(String stepName) {
        this.stepName = stepName;
    }

    /** The step's name, e.g. "bot-reply". */
    public String stepName() {
        return stepName;
    }
}
