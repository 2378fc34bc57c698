package com.respondo.replies.delivery;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;

import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * The people of one tenant a hand-off goes to, in turn ({@link HandoffRotation}): the tenant's configured hand-off
 * attendants, else TempBox's human team mates of the bot ({@code ListarHashesOutrosHumanosEquipesAtendente}, read
 * once per run). A hand-off whose decision named the first of them by default goes to the one whose turn it is.
 */
public final class HandoffTeam {

    private static final Logger log = LoggerFactory.getLogger(HandoffTeam.class);

    private final String tenantId;

    private final String botAttendantId;

    private final Supplier<List<String>> candidates;

    private final HandoffRotation rotation;

    /** @param candidates the configured hand-off attendants when there are some, else TempBox's human team mates */
    public HandoffTeam(String tenantId, String botAttendantId, Supplier<List<String>> candidates,
            HandoffRotation rotation) {
        this.tenantId = tenantId;
        this.botAttendantId = botAttendantId;
        this.candidates = candidates;
        this.rotation = rotation;
    }

    /** A team of nobody: hand-offs go where their decision says. */
    public static HandoffTeam none(String tenantId, String botAttendantId) {
        return new HandoffTeam(tenantId, botAttendantId, List::of, new HandoffRotation());
    }

    /** The planned reply, a hand-off's attendant replaced by the one whose turn it is. */
    PlannedReply assign(PlannedReply planned) {
        if (!(planned.action() instanceof Action.Handoff handoff)) {
            return planned;
        }
        List<String> team;
        try {
            team = candidates.get();
        }
        catch (RuntimeException ex) {
            log.warn("Hand-off attendants of tenant {} not listed ({}); the decision's choice stands", tenantId,
                    describe(ex));
            return planned;
        }
        @Nullable String next = rotation.next(tenantId, handoff.attendantId(), team, botAttendantId);
        if (next == null || next.equals(handoff.attendantId())) {
            return planned;
        }
        Decision decision = planned.decision();
        Decision turned = decision.acting(new Action.Handoff(handoff.text(), next, handoff.reason()));
        return new PlannedReply(planned.conversation(), planned.messageId(), turned, planned.startedNanos());
    }
}
