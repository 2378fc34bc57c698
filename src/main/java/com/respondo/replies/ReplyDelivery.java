package com.respondo.replies;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.ledger.ReplyLedger;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxRejectedException;
import com.respondo.tempbox.TempBoxUnauthorizedException;

import static com.respondo.replies.ReplyExecutor.describe;

/**
 * Posts one claimed reply action: reads the conversation again and posts nothing when a human took it, a newer
 * customer message arrived, an attendant answered or it was closed (ABANDONED); otherwise starts it when nobody owns
 * it, sends the text and performs the later effect (forward, schedule or close), each skipped when the conversation
 * already shows it, then records SENT. A send refused for good (401, another 4xx) is FAILED. Any other failed send
 * (timeout, 5xx, an unreadable answer) is unknown: TempBox may store it seconds after the client gave up, so the
 * conversation is read at once (the bot's text after the customer message means sent) and, when it does not show the
 * text yet, the intent is held, answering its message, until the step reads the conversation again after
 * {@code unknown-send-settle}; it is never sent again at once. A forward or close that failed after the text was
 * posted leaves the intent open for the step's start to do later; a follow-up whose scheduling an earlier attempt may
 * have done is not scheduled twice.
 */
final class ReplyDelivery {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    private final PlannedReply planned;

    private final long entryId;

    private final String messageId;

    private final Tenant tenant;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final LaterEffects laterEffects;

    ReplyDelivery(PlannedReply planned, long entryId, Tenant tenant, ReplyLedger ledger, ConversationLoader loader,
            ConversationEffects effects, LaterEffects laterEffects) {
        this.planned = planned;
        this.entryId = entryId;
        this.messageId = planned.messageId();
        this.tenant = tenant;
        this.ledger = ledger;
        this.loader = loader;
        this.effects = effects;
        this.laterEffects = laterEffects;
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
        return finish(current, sentNow);
    }

    /**
     * Starts the conversation when nobody owns it, then sends the text once; records a failure, or holds the intent
     * when the send's outcome is unknown.
     */
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
        String error;
        try {
            effects.send(current, text);
            return ReplyOutcome.SENT;
        }
        catch (TempBoxUnauthorizedException | TempBoxRejectedException ex) {
            ledger.markFailed(entryId, describe(ex));
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
        ledger.markSendUnknown(entryId, error + "; not in the conversation yet: TempBox may still store it, read "
                + "again after the settle delay");
        log.info("EnviarMensagem to conversation {} of tenant {} not seen yet: its message stays held until the "
                + "conversation is read again after the settle delay", current.atendimentoId(), tenant.id());
        return ReplyOutcome.UNKNOWN;
    }

    /**
     * Performs the action's effect after its text and records the outcome: SENT; SENT and PARTIAL when a follow-up
     * could not be scheduled (not tried again: TempBox may have stored it); an open intent and PARTIAL when a forward
     * or close failed (the step's start does it later).
     */
    private ReplyOutcome finish(Conversation current, boolean sentNow) {
        Action action = planned.action();
        Optional<String> undone = Optional.empty();
        if (action instanceof Action.Handoff handoff) {
            undone = laterEffects.forward(current, handoff.attendantId());
        }
        else if (action instanceof Action.Close) {
            undone = laterEffects.close(current);
        }
        else if (action instanceof Action.Schedule schedule && !schedule(current, schedule, sentNow)) {
            ledger.markSent(entryId);
            return ReplyOutcome.PARTIAL;
        }
        if (undone.isPresent()) {
            ledger.markIncomplete(entryId, "text posted; " + undone.get() + "; done again when the step starts "
                    + "after unconfirmed-after");
            return ReplyOutcome.PARTIAL;
        }
        ledger.markSent(entryId);
        return ReplyOutcome.SENT;
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

    private Conversation reread() {
        return loader.load(planned.atendimentoId(), planned.conversation().hash());
    }
}
