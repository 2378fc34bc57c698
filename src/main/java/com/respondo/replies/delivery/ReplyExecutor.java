package com.respondo.replies.delivery;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.Ids;
import com.respondo.conversation.Message;
import com.respondo.conversation.UnusableItemException;
import com.respondo.ledger.Claim;
import com.respondo.ledger.IntentHeartbeat;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.ActionKind;
import com.respondo.replies.policy.AgendaSlot;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.Tenant;

import static com.respondo.conversation.ConversationLoader.blankToNull;

/**
 * Performs one planned reply action with the ledger's discipline, so that no customer message gets two answers: the
 * action is claimed in the ledger (its intent committed before anything is posted), then posted by a
 * {@link ReplyDelivery} (read again, post, record). A message this step already finished, or another step answered,
 * is left alone; an intent left by another run is left alone while young (that run is still at work: its delivery
 * keeps it fresh, however slow TempBox is) and taken over, then reconciled, when its heartbeat is older than
 * {@code unconfirmed-after} in the database's time (a crash left it): found posted means sent, otherwise it is decided
 * and claimed anew. Of two runners taking it over, one wins; the outcomes of a runner whose claim was taken over are
 * not recorded. An intent whose send ended without an answer is left alone until {@code unknown-send-settle} has
 * passed since that send (TempBox may still store it), then taken over and reconciled the same way; sent again at most
 * {@code resend-attempts} times, then FAILED. Deferrals: bot-reply records them (ai-reply takes the message,
 * bot-reply does not ask again); ai-reply's are not recorded, so the next run asks again. initial-response's start
 * (no text) is recorded like a deferral and never holds the message's answer. A deferral or start over this step's
 * own intent settles that intent first (found posted: sent; otherwise abandoned, then the decision is recorded), so
 * a crash-left intent cannot hold a message that this step now leaves to another.
 * <p>
 * It is longer than 300 lines because each case above is one branch of a single claim-or-leave decision taken
 * against the ledger's state; posting is {@link ReplyDelivery}'s, settling crash-left intents
 * {@link CrashLeftIntents}'.
 */
public final class ReplyExecutor {

    private static final Logger log = LoggerFactory.getLogger(ReplyExecutor.class);

    /** The ledger detail holding a hand-off's note, as written in the conversation's observations. */
    static final String DOSSIER = "dossier";

    /** The ledger detail holding when a hand-off outside business hours reserved the person's return. */
    static final String RETURN_AT = "returnAt";

    private final ReplyStep step;

    private final Tenant tenant;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final PartitionRun run;

    private final int resendAttempts;

    private final Duration unconfirmedAfter;

    private final Duration unknownSendSettle;

    private final LaterEffects laterEffects;

    private final HandoffDossier dossier;

    private final HandoffTeam team;

    private final ReturnScheduling returns;

    /** @param handoffs whom hand-offs go to, the return they reserve and the note they leave */
    public ReplyExecutor(ReplyStep step, Tenant tenant, ReplyLedger ledger, ConversationLoader loader,
            ConversationEffects effects, PartitionRun run, int resendAttempts, Duration unconfirmedAfter,
            Duration unknownSendSettle, HandoffParts handoffs) {
        this.step = step;
        this.tenant = tenant;
        this.ledger = ledger;
        this.loader = loader;
        this.effects = effects;
        this.run = run;
        this.resendAttempts = resendAttempts;
        this.unconfirmedAfter = unconfirmedAfter;
        this.unknownSendSettle = unknownSendSettle;
        this.laterEffects = new LaterEffects(tenant, loader, effects, resendAttempts);
        this.team = handoffs.team();
        this.returns = handoffs.returns();
        this.dossier = handoffs.dossier();
    }

    /** Performs the action and says how it ended. */
    public ReplyOutcome execute(PlannedReply planned) {
        switch (planned.action().kind()) {
            case DEFER:
                return traced(planned, defer(planned));
            case START:
                return traced(planned, start(planned));
            default:
                return deliver(planned);
        }
    }

    /**
     * Records the decision's trace when acting on it left something to see (the text sent, the LLM's answer), after
     * the ledger's own records: the trace never changes what is sent, and a retry rewrites the same row.
     */
    private ReplyOutcome traced(PlannedReply planned, ReplyOutcome outcome) {
        if (Traces.traced(outcome)) {
            ledger.trace(Traces.of(planned, tenant.id(), step.stepName(), ledgerAction(planned.action().kind()),
                    outcome));
        }
        return outcome;
    }

    private ReplyOutcome defer(PlannedReply planned) {
        if (step == ReplyStep.AI_REPLY && !(planned.action() instanceof Action.Defer defer && defer.settles())) {
            return ReplyOutcome.RETRY_LATER;
        }
        return recordOverOwnIntent(planned, LedgerAction.DEFER, ReplyOutcome.DEFERRED);
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
        return recordOverOwnIntent(planned, LedgerAction.START, ReplyOutcome.STARTED);
    }

    /**
     * Records a deferral or start; when this step's own intent holds the message (a crash or an unknown send left
     * it), settles that intent first: a young one (a run at work, a send still settling) is left as it is; an old one
     * found posted is SENT; otherwise it is ABANDONED and the decision recorded, which frees the message for the step
     * it is left to.
     */
    private ReplyOutcome recordOverOwnIntent(PlannedReply planned, LedgerAction kind, ReplyOutcome recorded) {
        NewAction action = newAction(planned, kind);
        LedgerEntry entry = ledger.recordDeferred(action, planned.decision().reason());
        if (entry.status() != LedgerStatus.INTENT) {
            return recorded;
        }
        Optional<LedgerEntry> taken = takeOver(entry);
        if (taken.isEmpty()) {
            return stillHeld(entry);
        }
        entry = taken.get();
        List<Message> messages;
        try (IntentHeartbeat heartbeat = ledger.keepAlive(entry, heartbeatEvery())) {
            messages = loader.messages(planned.atendimentoId());
        }
        catch (RuntimeException ex) {
            log.warn("Could not settle the unconfirmed reply {} of tenant {}: {}", entry.id(), tenant.id(),
                    describe(ex));
            return ReplyOutcome.FAILED;
        }
        if (entry.text() != null
                && RereadCheck.alreadySent(messages, planned.messageId(), entry.text(), tenant.atendente())) {
            log.warn("Reply {} of tenant {} was posted by an interrupted run; its later effects are not redone",
                    entry.id(), tenant.id());
            return ledger.markSent(entry) ? ReplyOutcome.SENT : ReplyOutcome.IN_FLIGHT;
        }
        ledger.markAbandoned(entry, "left unconfirmed by an interrupted run and not found posted; the step now "
                + "decided: " + kind.name());
        ledger.recordDeferred(action, planned.decision().reason());
        return recorded;
    }

    /**
     * Takes over an intent of another run or an unknown send once it is to be settled (in the database's time: its
     * heartbeat older than {@code unconfirmed-after}, or its send's settle delay passed); empty while it is still to be
     * left alone, or when another runner took it over first.
     */
    private Optional<LedgerEntry> takeOver(LedgerEntry entry) {
        return ledger.takeOver(entry, unconfirmedAfter, unknownSendSettle);
    }

    /** How the claim of an intent that could not be taken over ends: still settling (unknown send) or in flight. */
    private static ReplyOutcome stillHeld(LedgerEntry entry) {
        return (entry.unknownSendAt() != null) ? ReplyOutcome.UNKNOWN : ReplyOutcome.IN_FLIGHT;
    }

    /** How often a claimed intent's heartbeat is refreshed while this step works on it: four times per lease. */
    private Duration heartbeatEvery() {
        return unconfirmedAfter.dividedBy(4);
    }

    private ReplyOutcome deliver(PlannedReply decided) {
        ReturnScheduling.Offer offer = returns.offer(team.assign(decided));
        PlannedReply planned = offer.planned();
        NewAction action = newAction(planned, ledgerAction(planned.action().kind()), offer.slot());
        Claim claim = ledger.claim(action);
        switch (claim.outcome()) {
            case CLAIMED:
                return traced(planned, delivered(planned, claim.entry(), null));
            case UNCONFIRMED:
                return traced(planned, reconcile(planned, action, claim.entry()));
            default:
                return ReplyOutcome.ALREADY_DONE;
        }
    }

    /** An intent of this step whose outcome nobody recorded: another run's, still at work, or a crashed one's. */
    private ReplyOutcome reconcile(PlannedReply planned, NewAction action, LedgerEntry unconfirmed) {
        Optional<LedgerEntry> taken = takeOver(unconfirmed);
        if (taken.isEmpty()) {
            return stillHeld(unconfirmed);
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
            return delivered(planned, ledger.recordAttempt(entry), current);
        }
        if (entry.text() != null
                && RereadCheck.alreadySent(current, planned.messageId(), entry.text(), tenant.atendente())) {
            log.warn("Reply {} of tenant {} was posted by an interrupted run; its later effects are not redone",
                    entry.id(), tenant.id());
            return ledger.markSent(entry) ? ReplyOutcome.SENT : ReplyOutcome.IN_FLIGHT;
        }
        if (sendsUsedUp(entry, resendAttempts)) {
            ledger.markFailed(entry, sendsUsedUpError(entry, unknownSendSettle));
            return ReplyOutcome.FAILED;
        }
        ledger.markAbandoned(entry, (entry.unknownSendAt() != null)
                ? "its send ended without an answer and was not found posted after the settle delay"
                : "left unconfirmed by an interrupted run and not found posted");
        Claim again = ledger.claim(action);
        return again.claimed() ? delivered(planned, again.entry(), current) : ReplyOutcome.ALREADY_DONE;
    }

    private NewAction newAction(PlannedReply planned, LedgerAction ledgerAction) {
        return newAction(planned, ledgerAction, null);
    }

    private NewAction newAction(PlannedReply planned, LedgerAction ledgerAction, @Nullable AgendaSlot returnSlot) {
        Map<String, @Nullable Object> detail = detail(planned.decision());
        if (ledgerAction == LedgerAction.HANDOFF) {
            detail.put(DOSSIER, dossier.prepare(planned));
        }
        if (returnSlot != null) {
            detail.put(RETURN_AT, returnSlot.at().toString());
        }
        return NewAction.of(tenant.id(), planned.atendimentoId(), planned.messageId(), step.stepName(), ledgerAction)
            .withText(planned.action().outgoingText().orElse(null))
            .withDetail(detail)
            .withJobExecutionId(run.jobExecutionId());
    }

    private static Map<String, @Nullable Object> detail(Decision decision) {
        Map<String, @Nullable Object> detail = new LinkedHashMap<>();
        detail.put("basis", decision.basis().name());
        detail.put("confidence", decision.confidence());
        detail.put("reason", decision.reason());
        if (!decision.sources().isEmpty()) {
            detail.put("sources", decision.sources());
        }
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

    /**
     * Whether an intent whose last send ended without an answer, not found posted after the settle delay, has been
     * sent as often as it may be ({@code resend-attempts} times again): it is then FAILED instead of sent once more.
     */
    static boolean sendsUsedUp(LedgerEntry entry, int resendAttempts) {
        return entry.unknownSendAt() != null && entry.attempts() > resendAttempts;
    }

    static String sendsUsedUpError(LedgerEntry entry, Duration unknownSendSettle) {
        return "sent " + entry.attempts() + " times without TempBox's answer and not found in the conversation "
                + unknownSendSettle.toSeconds() + " s after the last send";
    }

    /** What went wrong, in a few words without a body, a token or customer text. */
    public static String describe(RuntimeException ex) {
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
            return new ReplyDelivery(planned, claimed, tenant, ledger, loader, effects, laterEffects, step, dossier)
                .run(preread);
        }
    }
}
