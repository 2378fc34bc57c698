package com.respondo.replies.delivery;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.Ids;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.AgendaSlot;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.TempBoxRejectedException;
import com.respondo.tempbox.TempBoxUnauthorizedException;
import com.respondo.tempbox.Tenant;

import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * Posts one claimed reply action: reads the conversation again and posts nothing when a human took it, a newer
 * customer message arrived, an attendant answered or it was closed (ABANDONED); otherwise, for a hand-off, appends
 * its note to the conversation's observations (unless an earlier attempt did), then starts it when nobody owns
 * it (and posts nothing when {@code IniciarAtendimento} answers that another attendant owns it), sends the text and
 * performs the later effect (forward, schedule or close; after a hand-off's forward, the return it reserved outside
 * business hours), each skipped when the conversation already shows it and
 * left undone when the conversation, read again just before it, shows a person there, then records SENT. A send
 * refused for good (401, another 4xx) is FAILED. Any other failed send (timeout, 5xx, an unreadable answer) is
 * unknown: TempBox may store it seconds after the client gave up, so the conversation is read at once (the bot's text
 * after the customer message means sent) and, when it does not show the text yet, the intent is held, answering its
 * message, until the step reads the conversation again after {@code unknown-send-settle}; it is never sent again at
 * once. A forward or close that failed after the text was posted leaves the intent open for the step's start to do
 * later; a follow-up whose scheduling an earlier attempt may have done is not scheduled twice. Every outcome is
 * recorded under the claim this delivery holds (fenced), and nothing is sent once another runner took the claim over
 * (a delivery stalled past {@code unconfirmed-after} without its heartbeat).
 */
final class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final PlannedReply planned;

    private final LedgerEntry claimed;

    private final String messageId;

    private final Tenant tenant;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final LaterEffects laterEffects;

    private final ReplyStep step;

    private final HandoffDossier dossier;

    ReplyDelivery(PlannedReply planned, LedgerEntry claimed, Tenant tenant, ReplyLedger ledger,
            ConversationLoader loader, ConversationEffects effects, LaterEffects laterEffects, ReplyStep step,
            HandoffDossier dossier) {
        this.step = step;
        this.planned = planned;
        this.claimed = claimed;
        this.messageId = planned.messageId();
        this.tenant = tenant;
        this.ledger = ledger;
        this.loader = loader;
        this.effects = effects;
        this.laterEffects = laterEffects;
        this.dossier = dossier;
    }

    /**
     * Posts the action unless the conversation (read again now, or as already read) shows it must not be, and records
     * the outcome in the ledger.
     */
    ReplyOutcome run(@Nullable Conversation preread) {
        Conversation current = preread;
        if (current == null) {
            try {
                current = reread();
            }
            catch (RuntimeException ex) {
                ledger.markFailed(claimed, "reading the conversation again failed: " + describe(ex));
                return ReplyOutcome.FAILED;
            }
        }
        String text = planned.action().outgoingText().orElseThrow();
        boolean sentNow = false;
        if (!RereadCheck.alreadySent(current, messageId, text, tenant.atendente())) {
            Optional<String> abandon = RereadCheck.abandonReason(step, current, messageId, tenant.atendente());
            if (abandon.isPresent()) {
                ledger.markAbandoned(claimed, abandon.get());
                return ReplyOutcome.ABANDONED;
            }
            if (planned.action() instanceof Action.Handoff) {
                dossier.write(current, messageId, claimed.detail().get(ReplyExecutor.DOSSIER));
            }
            ReplyOutcome posted = post(current, text);
            if (posted != ReplyOutcome.SENT) {
                return posted;
            }
            sentNow = true;
        }
        return finish(current, sentNow);
    }

    /**
     * Starts the conversation when nobody owns it, then sends the text once; records a failure, or holds the intent
     * when the send's outcome is unknown.
     */
    private ReplyOutcome post(Conversation current, String text) {
        if (current.ownerId() == null) {
            Optional<String> owner;
            try {
                owner = effects.start(current.atendimentoId());
            }
            catch (RuntimeException ex) {
                ledger.markFailed(claimed, describe(ex));
                return ReplyOutcome.FAILED;
            }
            if (owner.isPresent() && !Ids.same(owner.get(), tenant.atendente())) {
                ledger.markAbandoned(claimed, "a human attendant took the conversation (IniciarAtendimento answered "
                        + "another owner)");
                return ReplyOutcome.ABANDONED;
            }
        }
        if (!ledger.touch(claimed)) {
            log.warn("Reply {} of tenant {} not sent: another runner took it over while this one was stalled",
                    claimed.id(), tenant.id());
            return ReplyOutcome.IN_FLIGHT;
        }
        String error;
        try {
            effects.send(current, text);
            return ReplyOutcome.SENT;
        }
        catch (TempBoxUnauthorizedException | TempBoxRejectedException ex) {
            ledger.markFailed(claimed, describe(ex));
            return ReplyOutcome.FAILED;
        }
        catch (RuntimeException ex) {
            error = describe(ex);
            log.info("EnviarMensagem to conversation {} of tenant {} ended ambiguously ({}); reading the "
                    + "conversation", current.atendimentoId(), tenant.id(), error);
        }
        try {
            if (RereadCheck.alreadySent(reread(), messageId, text, tenant.atendente())) {
                return ReplyOutcome.SENT;
            }
        }
        catch (RuntimeException ex) {
            error = error + "; reading the conversation again failed: " + describe(ex);
        }
        ledger.markSendUnknown(claimed, error + "; not in the conversation yet: TempBox may still store it, read "
                + "again after the settle delay");
        log.info("EnviarMensagem to conversation {} of tenant {} not seen yet: its message stays held until the "
                + "conversation is read again after the settle delay", current.atendimentoId(), tenant.id());
        return ReplyOutcome.UNKNOWN;
    }

    /**
     * Performs the action's effect after its text, unless the conversation, read again just before it, shows that a
     * person is there or it is closed, and records the outcome: SENT; SENT and PARTIAL when a follow-up could not be
     * scheduled (not tried again: TempBox may have stored it); an open intent and PARTIAL when a forward or close
     * failed (the step's start does it later).
     */
    private ReplyOutcome finish(Conversation current, boolean sentNow) {
        Action action = planned.action();
        if (!(action instanceof Action.Handoff || action instanceof Action.Schedule
                || action instanceof Action.Close)) {
            return sent(ReplyOutcome.SENT);
        }
        if (action instanceof Action.Schedule && !sentNow) {
            log.warn("Follow-up of conversation {} (tenant {}) not scheduled: its text was posted by an earlier "
                    + "attempt, which may have scheduled it already", current.atendimentoId(), tenant.id());
            return sent(ReplyOutcome.PARTIAL);
        }
        if (action instanceof Action.Handoff handoff && handoff.attendantId() == null) {
            laterEffects.forward(current, null);
            return sent(ReplyOutcome.SENT);
        }
        Conversation now;
        try {
            now = reread();
        }
        catch (RuntimeException ex) {
            return undone(action, "reading the conversation again failed: " + describe(ex));
        }
        boolean alreadyDone = action instanceof Action.Close && now.closed()
                || action instanceof Action.Handoff handoff && Ids.same(now.ownerId(), handoff.attendantId());
        Optional<String> abandon = RereadCheck.laterEffectAbandonReason(now, action, tenant.atendente());
        if (!alreadyDone && abandon.isPresent()) {
            log.info("{} of conversation {} (tenant {}) not done after its text: {}", action.kind(),
                    current.atendimentoId(), tenant.id(), abandon.get());
            return sent(ReplyOutcome.SENT);
        }
        if (action instanceof Action.Schedule schedule) {
            return sent(schedule(now, schedule) ? ReplyOutcome.SENT : ReplyOutcome.PARTIAL);
        }
        Optional<String> failed = (action instanceof Action.Handoff handoff)
                ? laterEffects.forward(now, handoff.attendantId())
                : laterEffects.close(now);
        if (failed.isPresent()) {
            return undone(action, failed.get());
        }
        if (action instanceof Action.Handoff handoff && sentNow) {
            scheduleReturn(now, handoff);
        }
        return sent(ReplyOutcome.SENT);
    }

    /**
     * The return a hand-off outside business hours reserved ({@link ReturnScheduling}), asked of TempBox once, after
     * the forward, only by the attempt that posted the text (an earlier one may have asked already); a failure is
     * logged, the hand-off stands.
     */
    private void scheduleReturn(Conversation current, Action.Handoff handoff) {
        Object at = claimed.detail().get(ReplyExecutor.RETURN_AT);
        if (at == null || handoff.attendantId() == null) {
            return;
        }
        try {
            effects.schedule(current, new AgendaSlot(Instant.parse(at.toString()), handoff.attendantId()),
                    ReturnScheduling.RETURN_MESSAGE);
        }
        catch (RuntimeException ex) {
            log.warn("Return of conversation {} (tenant {}) not scheduled ({}); not tried again, as TempBox may have "
                    + "stored it", current.atendimentoId(), tenant.id(), describe(ex));
        }
    }

    private ReplyOutcome sent(ReplyOutcome outcome) {
        ledger.markSent(claimed);
        return outcome;
    }

    /**
     * A forward or close not done after the text: the intent stays open for the step's start to do it later; a
     * follow-up is not tried again (TempBox may have stored it).
     */
    private ReplyOutcome undone(Action action, String what) {
        if (action instanceof Action.Schedule) {
            log.warn("Follow-up of conversation {} (tenant {}) not scheduled: {}", planned.atendimentoId(),
                    tenant.id(), what);
            return sent(ReplyOutcome.PARTIAL);
        }
        ledger.markIncomplete(claimed, "text posted; " + what + "; done again when the step starts after "
                + "unconfirmed-after");
        return ReplyOutcome.PARTIAL;
    }

    private boolean schedule(Conversation current, Action.Schedule schedule) {
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

    private Conversation reread() {
        return loader.load(planned.atendimentoId(), planned.conversation().hash());
    }
}
