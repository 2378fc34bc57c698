package com.respondo.knowledge;

/** Where a {@link Suggestion} stands. */
public enum SuggestionStatus {

    /** Drafted, waiting for an admin. */
    PENDING,

    /** Written into the tenant's knowledge folder. */
    APPROVED,

    /** Discarded. */
    REJECTED
}
