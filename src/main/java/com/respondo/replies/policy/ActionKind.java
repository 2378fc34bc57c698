package com.respondo.replies.policy;

/** The kinds of {@link Action}, for switches, the ledger and metrics. */
public enum ActionKind {

    GREET(Action.Greet.class), START(Action.Start.class), SEND_CANNED(Action.SendCanned.class),
    SEND_REPLY(Action.SendReply.class), HANDOFF(Action.Handoff.class), SCHEDULE(Action.Schedule.class),
    CLOSE(Action.Close.class), DEFER(Action.Defer.class);

    private final Class<? extends Action> type;

    ActionKind(Class<? extends Action> type) {
        this.type = type;
    }

    /** The kind of an action: each kind is one record of {@link Action}. */
    static ActionKind of(Action action) {
        for (ActionKind kind : values()) {
            if (kind.type.isInstance(action)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No kind for " + action.getClass());
    }
}
