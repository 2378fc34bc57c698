package com.respondo.outcomes;

/**
 * Why Respondo handed a conversation to a person, as read from the reason its ledger entry records.
 */
public enum HandoffReason {

    /** A rule before any LLM call: the customer asked for a person ("human requested"). */
    RULE,

    /** The LLM chose to hand off (basis LLM). */
    LLM_CHOICE,

    /** The LLM's confidence was below the threshold ("AI confidence 0.4 below 0.6"). */
    LOW_CONFIDENCE,

    /** A text failed the output guard ({@code output-guard:*} but the source checks) or another check. */
    FAILED_CHECK,

    /** The LLM stayed unavailable while the customer waited ("LLM unavailable"). */
    LLM_UNAVAILABLE,

    /** The bot went round in circles ({@code loop:repeat}, {@code loop:no-progress}). */
    LOOP,

    /** An AI reply cited no given source for its figures, or a source it was not given
     * ({@code output-guard:no-source}, {@code output-guard:unknown-source}). */
    NO_SOURCE,

    /** The LLM's answer could not be used: unparseable, invalid, an unknown action or agenda slot. */
    INVALID_ANSWER,

    /** Any other reason (a reason written by a later version, or none). */
    OTHER
}
