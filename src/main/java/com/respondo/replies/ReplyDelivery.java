package com.respondo.replies;

import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.ReplyLedger;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.Tenant;

import static com.respondo.replies.ConversationLoader.blankToNull;
import static com.respondo.replies.ReplyExecutor.describe;

/**
 * Posts one claimed reply action: reads the conversation again and posts nothing when a human took it, a newer
 * customer message arrived, an attendant answered or it was closed (ABANDONED); otherwise starts it when nobody owns
 * it (and posts nothing when {@code IniciarAtendimento} answers that another attendant owns it), sends the text and
 * performs the later effect (forward, schedule or close), each skipped when the conversation already shows it and
 * left undone when the conversation, read again just before it, shows a person there, then records SENT. A send that
 * failed ambiguously (timeout, 5xx, an unreadable answer) is checked
 * by reading the conversation: the bot's text after the customer message means sent; otherwise it is sent again, at
 * most {@code resend-attempts} times, then FAILED. A follow-up whose scheduling an earlier attempt may have done is
 * not scheduled twice. Every outcome is recorded under the claim this delivery holds (fenced), and nothing is sent once
 * another runner took the claim over (a delivery stalled past {@code unconfirmed-after} without its heartbeat).
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

    private final int resendAttempts;

    ReplyDelivery(PlannedReply planned, LedgerEntry claimed, Tenant tenant, ReplyLedger ledger,
            ConversationLoader loader, ConversationEffects effects, int resendAttempts) {
        this.planned = planned;
        this.claimed = claimed;
        this.messageId = planned.messageId();
        this.tenant = tenant;
        this.ledger = ledger;
        this.loader = loader;
        this.effects = effects;
        this.resendAttempts = resendAttempts;
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
            Optional<String> abandon = RereadCheck.abandonReason(current, messageId, tenant.atendente());
            if (abandon.isPresent()) {
                ledger.markAbandoned(claimed, abandon.get());
                return ReplyOutcome.ABANDONED;
            }
            ReplyOutcome posted = post(current, text);
            if (posted != ReplyOutcome.SENT) {
                return posted;
            }
            sentNow = true;
        }
        boolean complete = laterEffect(current, sentNow);
        ledger.markSent(claimed);
        return complete ? ReplyOutcome.SENT : ReplyOutcome.PARTIAL;
    }

    /** Starts the conversation when nobody owns it, then sends the text; records a failure or an abandon. */
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
        String error = "";
        for (int attempt = 0; attempt <= resendAttempts; attempt++) {
            if (!ledger.touch(claimed)) {
                log.warn("Reply {} of tenant {} not sent: another runner took it over while this one was stalled",
                        claimed.id(), tenant.id());
                return ReplyOutcome.IN_FLIGHT;
            }
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
                ledger.markFailed(claimed, error + "; reading the conversation again failed: " + describe(ex));
                return ReplyOutcome.FAILED;
            }
            if (RereadCheck.alreadySent(again, messageId, text, tenant.atendente())) {
                return ReplyOutcome.SENT;
            }
            Optional<String> abandon = RereadCheck.abandonReason(again, messageId, tenant.atendente());
            if (abandon.isPresent()) {
                ledger.markAbandoned(claimed, abandon.get());
                return ReplyOutcome.ABANDONED;
            }
        }
        ledger.markFailed(claimed, error);
        return ReplyOutcome.FAILED;
    }

    /**
     * The action's effect after its text, unless the conversation, read again just before it, shows that a person is
     * there or it is closed; false when it could not be done.
     */
    private boolean laterEffect(Conversation current, boolean sentNow) {
        Action action = planned.action();
        if (action instanceof Action.Handoff handoff && handoff.attendantId() == null) {
            return forward(current, null);
        }
        if (action instanceof Action.Schedule schedule && !sentNow) {
            return schedule(current, schedule, false);
        }
        if (!(action instanceof Action.Handoff || action instanceof Action.Schedule
                || action instanceof Action.Close)) {
            return true;
        }
        Conversation now;
        try {
            now = reread();
        }
        catch (RuntimeException ex) {
            log.warn("{} of conversation {} (tenant {}) not done after its text: reading the conversation again "
                    + "failed: {}", action.kind(), current.atendimentoId(), tenant.id(), describe(ex));
            return false;
        }
        if (action instanceof Action.Close && now.closed()) {
            return true;
        }
        if (action instanceof Action.Handoff handoff && Ids.same(now.ownerId(), handoff.attendantId())) {
            return true;
        }
        Optional<String> abandon = RereadCheck.laterEffectAbandonReason(now, action, tenant.atendente());
        if (abandon.isPresent()) {
            log.info("{} of conversation {} (tenant {}) not done after its text: {}", action.kind(),
                    current.atendimentoId(), tenant.id(), abandon.get());
            return true;
        }
        if (action instanceof Action.Handoff handoff) {
            return forward(now, handoff.attendantId());
        }
        if (action instanceof Action.Schedule schedule) {
            return schedule(now, schedule, true);
        }
        return idempotently("EncerrarAtendimento", now, () -> effects.close(now),
                state -> Boolean.TRUE.equals(state.concluido()));
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
