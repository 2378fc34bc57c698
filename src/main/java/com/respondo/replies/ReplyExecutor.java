package com.respondo.replies;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.ledger.Claim;
import com.respondo.ledger.IntentHeartbeat;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxException;

import static com.respondo.replies.ConversationLoader.blankToNull;

/**
 * Performs one planned reply action with the ledger's discipline, so that no customer message gets two answers: the
 * action is claimed in the ledger (its intent committed before anything is posted), then posted by a
 * {@link ReplyDelivery} (read again, post, record). A message this step already finished, or another step answered,
 * is left alone; an intent left by another run is left alone while young (that run is still at work: its delivery
 * keeps it fresh, however slow TempBox is) and taken over, then reconciled, when its heartbeat is older than
 * {@code unconfirmed-after} in the database's time (a crash left it): found posted means sent, otherwise it is decided
 * and claimed anew. Of two runners taking it over, one wins; the outcomes of a runner whose claim was taken over are
 * not recorded. Deferrals: bot-reply records them (ai-reply takes the message, bot-reply does not ask again);
 * ai-reply's are not recorded, so the next run asks again. initial-response's start (no text) is recorded like a
 * deferral and never holds the message's answer.
 */
final class ReplyExecutor {

    private static final Logger log = LoggerFactory.getLogger(ReplyExecutor.class);

    private final ReplyStep step;

    private final Tenant tenant;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final PartitionRun run;

    private final int resendAttempts;

    private final Duration unconfirmedAfter;

    ReplyExecutor(ReplyStep step, Tenant tenant, ReplyLedger ledger, ConversationLoader loader,
            ConversationEffects effects, PartitionRun run, int resendAttempts, Duration unconfirmedAfter) {
        this.step = step;
        this.tenant = tenant;
        this.ledger = ledger;
        this.loader = loader;
        this.effects = effects;
        this.run = run;
        this.resendAttempts = resendAttempts;
        this.unconfirmedAfter = unconfirmedAfter;
    }

    /** Performs the action and says how it ended. */
    ReplyOutcome execute(PlannedReply planned) {
        switch (planned.action().kind()) {
            case DEFER:
                return defer(planned);
            case START:
                return start(planned);
            default:
                return deliver(planned);
        }
    }

    private ReplyOutcome defer(PlannedReply planned) {
        if (step == ReplyStep.AI_REPLY) {
            return ReplyOutcome.RETRY_LATER;
        }
        ledger.recordDeferred(newAction(planned, LedgerAction.DEFER), planned.decision().reason());
        return ReplyOutcome.DEFERRED;
    }

    private ReplyOutcome start(PlannedReply planned) {
        Conversation conversation = planned.conversation();
        Atendimento state;
        try {
            state = loader.state(conversation.atendimentoId(), conversation.hash());
        }
        catch (RuntimeException ex) {
            log.warn("Could not read conversation {} of tenant {} again before starting it: {}",
                    conversation.atendimentoId(), tenant.id(), describe(ex));
            return ReplyOutcome.FAILED;
        }
        String owner = blankToNull(state.atendente());
        if (Boolean.TRUE.equals(state.concluido()) || owner != null && !Ids.same(owner, tenant.atendente())) {
            log.info("Conversation {} of tenant {} not started: it was closed or taken meanwhile",
                    conversation.atendimentoId(), tenant.id());
            return ReplyOutcome.ABANDONED;
        }
        if (owner == null) {
            try {
                effects.start(conversation.atendimentoId());
            }
            catch (RuntimeException ex) {
                log.warn("IniciarAtendimento of conversation {} for tenant {} failed: {}; the next run tries again",
                        conversation.atendimentoId(), tenant.id(), describe(ex));
                return ReplyOutcome.FAILED;
            }
        }
        ledger.recordDeferred(newAction(planned, LedgerAction.START), planned.decision().reason());
        return ReplyOutcome.STARTED;
    }

    private ReplyOutcome deliver(PlannedReply planned) {
        NewAction action = newAction(planned, ledgerAction(planned.action().kind()));
        Claim claim = ledger.claim(action);
        switch (claim.outcome()) {
            case CLAIMED:
                return delivered(planned, claim.entry(), null);
            case UNCONFIRMED:
                return reconcile(planned, action, claim.entry());
            default:
                return ReplyOutcome.ALREADY_DONE;
        }
    }

    /** An intent of this step whose outcome nobody recorded: another run's, still at work, or a crashed one's. */
    private ReplyOutcome reconcile(PlannedReply planned, NewAction action, LedgerEntry unconfirmed) {
        Optional<LedgerEntry> taken = ledger.takeOver(unconfirmed, unconfirmedAfter);
        if (taken.isEmpty()) {
            return ReplyOutcome.IN_FLIGHT;
        }
        LedgerEntry entry = taken.get();
        Conversation current;
        try (IntentHeartbeat heartbeat = ledger.keepAlive(entry, heartbeatEvery())) {
            current = loader.load(planned.atendimentoId(), planned.conversation().hash());
        }
        catch (RuntimeException ex) {
            log.warn("Could not reconcile the unconfirmed reply {} of tenant {}: {}", entry.id(), tenant.id(),
                    describe(ex));
            return ReplyOutcome.FAILED;
        }
        String text = planned.action().outgoingText().orElseThrow();
        if (RereadCheck.alreadySent(current, planned.messageId(), text, tenant.atendente())) {
            ledger.recordAttempt(entry);
            return delivered(planned, entry, current);
        }
        if (entry.text() != null
                && RereadCheck.alreadySent(current, planned.messageId(), entry.text(), tenant.atendente())) {
            log.warn("Reply {} of tenant {} was posted by an interrupted run; its later effects are not redone",
                    entry.id(), tenant.id());
            return ledger.markSent(entry) ? ReplyOutcome.SENT : ReplyOutcome.IN_FLIGHT;
        }
        ledger.markAbandoned(entry, "left unconfirmed by an interrupted run and not found posted");
        Claim again = ledger.claim(action);
        return again.claimed() ? delivered(planned, again.entry(), current) : ReplyOutcome.ALREADY_DONE;
    }

    /** How often a claimed intent's heartbeat is refreshed while this step works on it: four times per lease. */
    private Duration heartbeatEvery() {
        return unconfirmedAfter.dividedBy(4);
    }

    private NewAction newAction(PlannedReply planned, LedgerAction ledgerAction) {
        return NewAction.of(tenant.id(), planned.atendimentoId(), planned.messageId(), step.stepName(), ledgerAction)
            .withText(planned.action().outgoingText().orElse(null))
            .withDetail(detail(planned.decision()))
            .withJobExecutionId(run.jobExecutionId());
    }

    private static Map<String, @Nullable Object> detail(Decision decision) {
        Map<String, @Nullable Object> detail = new LinkedHashMap<>();
        detail.put("basis", decision.basis().name());
        detail.put("confidence", decision.confidence());
        detail.put("reason", decision.reason());
        Action action = decision.action();
        if (action instanceof Action.SendCanned canned) {
            detail.put("canned", canned.cannedId());
        }
        if (action instanceof Action.Handoff handoff) {
            detail.put("attendant", handoff.attendantId());
        }
        if (action instanceof Action.Schedule schedule) {
            detail.put("slot", schedule.slot().at().toString());
            detail.put("attendant", schedule.slot().attendantId());
            detail.put("followUp", schedule.followUpText());
        }
        return detail;
    }

    private static LedgerAction ledgerAction(ActionKind kind) {
        switch (kind) {
            case GREET:
                return LedgerAction.GREETING;
            case START:
                return LedgerAction.START;
            case SEND_CANNED:
                return LedgerAction.CANNED;
            case SEND_REPLY:
                return LedgerAction.REPLY;
            case HANDOFF:
                return LedgerAction.HANDOFF;
            case SCHEDULE:
                return LedgerAction.SCHEDULE;
            case CLOSE:
                return LedgerAction.CLOSE;
            default:
                return LedgerAction.DEFER;
        }
    }

    /** What went wrong, in a few words without a body, a token or customer text. */
    static String describe(RuntimeException ex) {
        if (ex instanceof TempBoxException tempBox) {
            return tempBox.operation() + ": " + tempBox.summary();
        }
        if (ex instanceof UnusableItemException) {
            return ex.getMessage();
        }
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }

    private ReplyOutcome delivered(PlannedReply planned, LedgerEntry claimed, @Nullable Conversation preread) {
        try (IntentHeartbeat heartbeat = ledger.keepAlive(claimed, heartbeatEvery())) {
            return new ReplyDelivery(planned, claimed, tenant, ledger, loader, effects, resendAttempts).run(preread);
        }
    }
}
