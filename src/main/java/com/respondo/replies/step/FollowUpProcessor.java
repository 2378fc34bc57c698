package com.respondo.replies.step;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.TenantProfile;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.policy.FollowUpPlanner;
import com.respondo.replies.policy.FollowUpPolicy;
import com.respondo.replies.policy.FollowUpSettings;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;

/**
 * A follow-up step's processor, thin: reads the whole conversation, asks the ledger whether its silence was nudged
 * already, and has {@link FollowUpPolicy} say whether this step's follow-up is due (filtered out otherwise), then the
 * planner decide its text. The planned reply is keyed by the silence's message the policy names.
 */
final class FollowUpProcessor implements ItemProcessor<String, PlannedReply> {

    private static final Logger log = LoggerFactory.getLogger(FollowUpProcessor.class);

    private final ConversationLoader loader;

    private final ReplyLedger ledger;

    private final TenantProfile tenant;

    private final FollowUpSettings settings;

    private final FollowUpPlanner planner;

    private final ReplyStep step;

    private final Clock clock;

    FollowUpProcessor(ConversationLoader loader, ReplyLedger ledger, TenantProfile tenant, FollowUpSettings settings,
            FollowUpPlanner planner, ReplyStep step, Clock clock) {
        this.loader = loader;
        this.ledger = ledger;
        this.tenant = tenant;
        this.settings = settings;
        this.planner = planner;
        this.step = step;
        this.clock = clock;
    }

    @Override
    public @Nullable PlannedReply process(String atendimentoId) {
        long started = System.nanoTime();
        Conversation conversation;
        try {
            conversation = loader.load(atendimentoId);
        }
        catch (RuntimeException ex) {
            log.warn("Conversation {} of tenant {} not read for {} ({}); the next run looks again", atendimentoId,
                    tenant.tenantId(), step.stepName(), ReplyExecutor.describe(ex));
            return null;
        }
        Optional<FollowUpPolicy.Silence> silence = FollowUpPolicy.silence(conversation, tenant.botAttendantId());
        if (silence.isEmpty()) {
            return null;
        }
        Optional<FollowUpPolicy.Due> due = FollowUpPolicy.due(conversation, tenant, settings,
                nudged(silence.get().firstBotMessage().id()), clock.instant());
        if (due.isEmpty() || due.get().phase() != phase()) {
            return null;
        }
        return new PlannedReply(conversation, due.get().keyMessageId(), planner.plan(conversation, due.get()),
                started);
    }

    /** The silence's nudge key when the ledger shows its nudge sent, else nothing. */
    private Set<String> nudged(String nudgeKey) {
        LedgerStatus status = ledger.statusByMessage(tenant.tenantId(), ReplyStep.FOLLOW_UP_NUDGE.stepName(),
                List.of(nudgeKey)).get(nudgeKey);
        return (status == LedgerStatus.SENT) ? Set.of(nudgeKey) : Set.of();
    }

    private FollowUpPolicy.Phase phase() {
        return (step == ReplyStep.FOLLOW_UP_NUDGE) ? FollowUpPolicy.Phase.NUDGE : FollowUpPolicy.Phase.CLOSE;
    }
}
