package com.respondo.replies.policy;

/** The kinds of {@link Action}, for switches, the ledger and metrics. */
public enum ActionKind {
    GREET, START, SEND_CANNED, SEND_REPLY, HANDOFF, SCHEDULE, CLOSE, DEFER
}
