package com.respondo.replies.delivery;

import java.util.Locale;

/** How one planned reply action ended, as logged and counted ({@code respondo.answers}, tag {@code outcome}). */
public enum ReplyOutcome {

    /** Posted, every effect done (or found already posted by an earlier, interrupted attempt). */
    SENT,

    /** The text was posted, but a later effect (forward, schedule, close) could not be done. */
    PARTIAL,

    /** initial-response started the conversation and left the message to bot-reply and ai-reply. */
    STARTED,

    /** Left to a later step, recorded (bot-reply leaves it to ai-reply). */
    DEFERRED,

    /** Left to the next run, not recorded (ai-reply while the LLM is unavailable). */
    RETRY_LATER,

    /** Not posted: the conversation changed before posting (a human took it, the customer wrote again, closed). */
    ABANDONED,

    /** Not posted, or not known to be: the next run claims it again. */
    FAILED,

    /**
     * The send ended without TempBox's answer (timeout, 5xx) and the conversation does not show it yet: its message
     * stays held and the conversation is read again after the settle delay.
     */
    UNKNOWN,

    /** Nothing done: this step already finished with the message, or another step answered it. */
    ALREADY_DONE,

    /** Nothing done: another run is acting on the message right now. */
    IN_FLIGHT,

    /** Not acted upon: the item could not be used (its reason is recorded). */
    SKIPPED,

    /** Decided but, in a dry run, neither recorded nor posted. */
    DRY_RUN;

    /** The tag value, e.g. {@code retry-later}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
