package com.respondo.replies;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.ledger.Claim;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxException;

import static com.respondo.replies.ConversationLoader.blankToNull;

/**
 * Performs one planned reply action with the ledger's discipline, so that no customer message gets two answers.
 * <ol>
 * <li>Claim the action in the ledger (its intent is committed before anything is posted). A message this step already
 * finished, or another step answered, is left alone; an intent left by another run is left alone while young (that
 * run is still at work) and reconciled when older than {@code unconfirmed-after} (a crash left it).</li>
 * <li>Read the conversation again ({@code Consultar} + {@code ListarMensagensAtendimento}): when a human took it, a
 * newer customer message arrived, an attendant answered or it was closed, nothing is posted (ABANDONED).</li>
 * <li>Post the effects in order: {@code IniciarAtendimento} when nobody owns the conversation, {@code EnviarMensagem}
 * with the text, then the action's later effect ({@code EncaminharAtendimento}, {@code AgendarMensagem} or
 * {@code EncerrarAtendimento}), each skipped when the conversation already shows it; then SENT.</li>
 * </ol>
 * TempBox has no idempotency key: a send that failed ambiguously (timeout, 5xx, an unreadable answer) may have been
 * stored. The conversation is then read: the bot's text after the customer message means sent; otherwise it is sent
 * again, at most {@code resend-attempts} times, then FAILED (the next run claims it again). A follow-up message whose
 * scheduling may already have happened is not scheduled twice. Deferrals: bot-reply records them (ai-reply takes the
 * message, bot-reply does not ask again); ai-reply's are not recorded, so the next run asks again. initial-response's
 * start (no text) is recorded like a deferral and never holds the message's answer.
 */
final class ReplyExecutor {

    private static final Logger log = LoggerFactory.getLogger(ReplyExecutor.class);

    private final ReplyStep step;

    private final Tenant tenant;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final PartitionRun run;

    private final Clock clock;

    private final int resendAttempts;

    private final Duration unconfirmedAfter;

    ReplyExecutor(ReplyStep step, Tenant tenant, ReplyLedger ledger, ConversationLoader loader,
            ConversationEffects effects, PartitionRun run, Clock clock, int resendAttempts,
            Duration unconfirmedAfter) {
        this.step = step;
        this.tenant = tenant;
        this.ledger = ledger;
        this.loader = loader;
        this.effects = effects;
        this.run = run;
        this.clock = clock;
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
                return new Delivery(planned, claim.entry().id()).run(null);
            case UNCONFIRMED:
                return reconcile(planned, action, claim.entry());
            default:
                return ReplyOutcome.ALREADY_DONE;
        }
    }

    /** An intent of this step whose outcome nobody recorded: another run's, still at work, or a crashed one's. */
    private ReplyOutcome reconcile(PlannedReply planned, NewAction action, LedgerEntry entry) {
        if (entry.updatedAt().isAfter(clock.instant().minus(unconfirmedAfter))) {
            return ReplyOutcome.IN_FLIGHT;
        }
        Conversation current;
        try {
            current = loader.load(planned.atendimentoId(), planned.conversation().hash());
        }
        catch (RuntimeException ex) {
            log.warn("Could not reconcile the unconfirmed reply {} of tenant {}: {}", entry.id(), tenant.id(),
                    describe(ex));
            return ReplyOutcome.FAILED;
        }
        String text = planned.action().outgoingText().orElseThrow();
        if (RereadCheck.alreadySent(current, planned.messageId(), text, tenant.atendente())) {
            ledger.recordAttempt(entry.id());
            return new Delivery(planned, entry.id()).run(current);
        }
        if (entry.text() != null
                && RereadCheck.alreadySent(current, planned.messageId(), entry.text(), tenant.atendente())) {
            log.warn("Reply {} of tenant {} was posted by an interrupted run; its later effects are not redone",
                    entry.id(), tenant.id());
            ledger.markSent(entry.id());
            return ReplyOutcome.SENT;
        }
        ledger.markAbandoned(entry.id(), "left unconfirmed by an interrupted run and not found posted");
        Claim again = ledger.claim(action);
        return again.claimed() ? new Delivery(planned, again.entry().id()).run(current) : ReplyOutcome.ALREADY_DONE;
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

    /** One claimed action being posted. */
    private final class Delivery {

        private final PlannedReply planned;

        private final long entryId;

        private final String messageId;

        Delivery(PlannedReply planned, long entryId) {
            this.planned = planned;
            this.entryId = entryId;
            this.messageId = planned.messageId();
        }

        ReplyOutcome run(@Nullable Conversation preread) {
            Conversation current = preread;
            if (current == null) {
                try {
                    current = reread();
                }
                catch (RuntimeException ex) {
                    ledger.markFailed(entryId, "reading the conversation again failed: " + describe(ex));
                    return ReplyOutcome.FAILED;
                }
            }
            String text = planned.action().outgoingText().orElseThrow();
            boolean sentNow = false;
            if (!RereadCheck.alreadySent(current, messageId, text, tenant.atendente())) {
                Optional<String> abandon = RereadCheck.abandonReason(current, messageId, tenant.atendente());
                if (abandon.isPresent()) {
                    ledger.markAbandoned(entryId, abandon.get());
                    return ReplyOutcome.ABANDONED;
                }
                ReplyOutcome posted = post(current, text);
                if (posted != ReplyOutcome.SENT) {
                    return posted;
                }
                sentNow = true;
            }
            boolean complete = laterEffect(current, sentNow);
            ledger.markSent(entryId);
            return complete ? ReplyOutcome.SENT : ReplyOutcome.PARTIAL;
        }

        /** Starts the conversation when nobody owns it, then sends the text; records a failure or an abandon. */
        private ReplyOutcome post(Conversation current, String text) {
            if (current.ownerId() == null) {
                try {
                    effects.start(current.atendimentoId());
                }
                catch (RuntimeException ex) {
                    ledger.markFailed(entryId, describe(ex));
                    return ReplyOutcome.FAILED;
                }
            }
            String error = "";
            for (int attempt = 0; attempt <= resendAttempts; attempt++) {
                try {
                    effects.send(current, text);
                    return ReplyOutcome.SENT;
                }
                catch (RuntimeException ex) {
                    error = describe(ex);
                    log.info("EnviarMensagem to conversation {} of tenant {} ended ambiguously ({}); reading the "
                            + "conversation", current.atendimentoId(), tenant.id(), error);
                }
                Conversation again;
                try {
                    again = reread();
                }
                catch (RuntimeException ex) {
                    ledger.markFailed(entryId, error + "; reading the conversation again failed: " + describe(ex));
                    return ReplyOutcome.FAILED;
                }
                if (RereadCheck.alreadySent(again, messageId, text, tenant.atendente())) {
                    return ReplyOutcome.SENT;
                }
                Optional<String> abandon = RereadCheck.abandonReason(again, messageId, tenant.atendente());
                if (abandon.isPresent()) {
                    ledger.markAbandoned(entryId, abandon.get());
                    return ReplyOutcome.ABANDONED;
                }
            }
            ledger.markFailed(entryId, error);
            return ReplyOutcome.FAILED;
        }

        /** The action's effect after its text; false when it could not be done. */
        private boolean laterEffect(Conversation current, boolean sentNow) {
            Action action = planned.action();
            if (action instanceof Action.Handoff handoff) {
                return forward(current, handoff.attendantId());
            }
            if (action instanceof Action.Schedule schedule) {
                return schedule(current, schedule, sentNow);
            }
            if (action instanceof Action.Close) {
                return current.closed() || idempotently("EncerrarAtendimento", current,
                        () -> effects.close(current), state -> Boolean.TRUE.equals(state.concluido()));
            }
            return true;
        }

        private boolean forward(Conversation current, @Nullable String attendantId) {
            if (attendantId == null) {
                log.warn("Hand-off of conversation {} (tenant {}): no attendant is configured or listed by TempBox; "
                        + "the customer was told, the conversation was not forwarded", current.atendimentoId(),
                        tenant.id());
                return true;
            }
            return Ids.same(current.ownerId(), attendantId) || idempotently("EncaminharAtendimento", current,
                    () -> effects.forward(current, attendantId),
                    state -> Ids.same(blankToNull(state.atendente()), attendantId));
        }

        private boolean schedule(Conversation current, Action.Schedule schedule, boolean sentNow) {
            if (!sentNow) {
                log.warn("Follow-up of conversation {} (tenant {}) not scheduled: its text was posted by an earlier "
                        + "attempt, which may have scheduled it already", current.atendimentoId(), tenant.id());
                return false;
            }
            try {
                effects.schedule(current, schedule.slot(), schedule.followUpText());
                return true;
            }
            catch (RuntimeException ex) {
                log.warn("AgendarMensagem for conversation {} (tenant {}) failed ({}); not tried again, as TempBox may "
                        + "have stored it", current.atendimentoId(), tenant.id(), describe(ex));
                return false;
            }
        }

        /** Runs an effect, checking the conversation's state before trying again; false when it was not done. */
        private boolean idempotently(String operation, Conversation current, Runnable effect,
                Predicate<Atendimento> done) {
            String error = "";
            for (int attempt = 0; attempt <= resendAttempts; attempt++) {
                try {
                    effect.run();
                    return true;
                }
                catch (RuntimeException ex) {
                    error = describe(ex);
                }
                try {
                    if (done.test(loader.state(current.atendimentoId(), current.hash()))) {
                        return true;
                    }
                }
                catch (RuntimeException ex) {
                    error = error + "; reading the conversation failed: " + describe(ex);
                }
            }
            log.warn("{} for conversation {} (tenant {}) failed after its text was posted: {}", operation,
                    current.atendimentoId(), tenant.id(), error);
            return false;
        }

        private Conversation reread() {
            return loader.load(planned.atendimentoId(), planned.conversation().hash());
        }
    }
}
