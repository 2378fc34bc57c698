package com.respondo.replies.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
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
import com.respondo.tempbox.AtendimentoEmAberto;

/**
 * A follow-up step's processor, thin: reads the conversation's messages (its owner and channel as the list's row
 * shows them: the delivery reads it whole again before posting), asks the ledger whether its silence was nudged
 * already, and has {@link FollowUpPolicy} say whether this step's follow-up is due (filtered out otherwise), then the
 * planner decide its text. The planned reply is keyed by the silence's message the policy names. What the read showed
 * is told to {@link FollowUpWatch}: when no follow-up is due, the earliest instant one can be, so that later runs do
 * not read the conversation again before then while its row of the list stays the same.
 */
final class FollowUpProcessor implements ItemProcessor<AtendimentoEmAberto, PlannedReply> {

    private static final Logger log = LoggerFactory.getLogger(FollowUpProcessor.class);

    /** When the tenant opens on no day ahead: how long until the conversation is read again anyway. */
    private static final Duration HORIZON = Duration.ofDays(4);

    private final ConversationLoader loader;

    private final ReplyLedger ledger;

    private final TenantProfile tenant;

    private final FollowUpSettings settings;

    private final FollowUpPlanner planner;

    private final ReplyStep step;

    private final Clock clock;

    private final FollowUpWatch watch;

    FollowUpProcessor(ConversationLoader loader, ReplyLedger ledger, TenantProfile tenant, FollowUpSettings settings,
            FollowUpPlanner planner, ReplyStep step, Clock clock, FollowUpWatch watch) {
        this.loader = loader;
        this.ledger = ledger;
        this.tenant = tenant;
        this.settings = settings;
        this.planner = planner;
        this.step = step;
        this.clock = clock;
        this.watch = watch;
    }

    @Override
    public @Nullable PlannedReply process(AtendimentoEmAberto row) {
        long started = System.nanoTime();
        String atendimentoId = Objects.requireNonNull(row.atendimento(), "atendimento");
        Conversation conversation;
        try {
            conversation = loader.loadListed(atendimentoId, row.atendenteHash(), row.plataforma(),
                    row.solicitanteTitulo());
        }
        catch (RuntimeException ex) {
            watch.readAgain(tenant.tenantId(), row);
            log.warn("Conversation {} of tenant {} not read for {} ({}); the next run looks again", atendimentoId,
                    tenant.tenantId(), step.stepName(), ReplyExecutor.describe(ex));
            return null;
        }
        Instant now = clock.instant();
        Optional<FollowUpPolicy.Silence> silence = FollowUpPolicy.silence(conversation, tenant.botAttendantId());
        if (silence.isEmpty()) {
            // not the customer's silence: one can only start with a bot's message after this read
            watch.notBefore(tenant.tenantId(), row, now.plus(settings.nudgeAfter()));
            return null;
        }
        Set<String> nudged = nudged(silence.get().firstBotMessage().id());
        Optional<FollowUpPolicy.Due> due = FollowUpPolicy.due(conversation, tenant, settings, nudged, now);
        if (due.isPresent()) {
            watch.readAgain(tenant.tenantId(), row);
        }
        else {
            watch.notBefore(tenant.tenantId(), row, nextDue(silence.get(), !nudged.isEmpty(), now));
        }
        if (due.isEmpty() || due.get().phase() != phase()) {
            return null;
        }
        return new PlannedReply(conversation, due.get().keyMessageId(), planner.plan(conversation, due.get()),
                started);
    }

    /**
     * The earliest instant a follow-up can come due in a silence with none due now: the nudge's wait after the bot's
     * newest message (the tenant's next opening, {@link com.respondo.conversation.BusinessHours#nextOpening}, when
     * that wait is over out of hours), or the close's after the nudge.
     */
    private Instant nextDue(FollowUpPolicy.Silence silence, boolean nudged, Instant now) {
        Instant since = silence.newestBotMessage().at();
        if (!nudged) {
            Instant at = since.plus(settings.nudgeAfter());
            return at.isAfter(now) ? at : tenant.businessHours().nextOpening(now).orElse(now.plus(HORIZON));
        }
        return (silence.botMessages() > 1) ? since.plus(settings.closeAfter()) : now;
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
