package com.respondo.replay;

/**
 * How Respondo's decision on a past turn compares with what happened: an agreement, or a disagreement of a kind.
 */
public enum Verdict {

    /** Respondo answers a turn the bot or a human answered. */
    AGREE_ANSWERED(true),

    /** Respondo hands off a turn a human answered. */
    AGREE_HANDOFF(true),

    /** Neither Respondo nor anyone answered. */
    AGREE_SILENT(true),

    /** Respondo leaves to the human a turn a human answered (the conversation was theirs). */
    AGREE_LEFT_TO_HUMAN(true),

    /** Respondo answers itself a turn a human answered: automation the history did not have, or a risk. */
    ANSWERS_WHAT_A_HUMAN_ANSWERED(false),

    /** Respondo hands off a turn the bot answered. */
    HANDS_OFF_WHAT_THE_BOT_ANSWERED(false),

    /** Respondo answers or hands off a turn nobody answered. */
    ACTS_WHERE_NOBODY_DID(false),

    /** Respondo would stay silent on a turn the bot answered. */
    SILENT_WHERE_ANSWERED(false);

    private final boolean agreement;

    Verdict(boolean agreement) {
        this.agreement = agreement;
    }

    /** Whether Respondo agrees with what happened. */
    public boolean agreement() {
        return agreement;
    }

    /**
     * The verdict for Respondo's final action and who actually answered.
     *
     * @param action Respondo's final action's kind ({@code NONE} when no step acts)
     * @param actual {@code bot}, {@code human} or {@code nobody}
     */
    static Verdict of(String action, String actual) {
        boolean silent = action.equals("NONE") || action.equals("DEFER") || action.equals("START");
        boolean handoff = action.equals("HANDOFF");
        boolean nobody = actual.equals(History.NOBODY);
        if (silent) {
            return nobody ? AGREE_SILENT : actual.equals(History.HUMAN) ? AGREE_LEFT_TO_HUMAN : SILENT_WHERE_ANSWERED;
        }
        if (nobody) {
            return ACTS_WHERE_NOBODY_DID;
        }
        if (handoff) {
            return actual.equals(History.HUMAN) ? AGREE_HANDOFF : HANDS_OFF_WHAT_THE_BOT_ANSWERED;
        }
        return actual.equals(History.HUMAN) ? ANSWERS_WHAT_A_HUMAN_ANSWERED : AGREE_ANSWERED;
    }
}
