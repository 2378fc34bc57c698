package com.respondo.replies.delivery;

import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.Ids;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.Tenant;

import static com.respondo.conversation.ConversationLoader.blankToNull;
import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * The effects of a reply action that follow its text and may be done again safely, because the conversation's state
 * shows whether they were: the forward of a hand-off ({@code EncaminharAtendimento}) and the close
 * ({@code EncerrarAtendimento}). Each is tried at most {@code resend-attempts} more times, the conversation read between
 * tries; what could not be done is answered as a short error, so that the ledger keeps the action open and the step's
 * start does it later (a customer told "a person will answer" must not stay with the bot).
 */
public final class LaterEffects {

    private static final Logger log = LoggerFactory.getLogger(LaterEffects.class);

    private final Tenant tenant;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final int resendAttempts;

    public LaterEffects(Tenant tenant, ConversationLoader loader, ConversationEffects effects, int resendAttempts) {
        this.tenant = tenant;
        this.loader = loader;
        this.effects = effects;
        this.resendAttempts = resendAttempts;
    }

    /** Forwards the conversation unless it already is with the attendant; empty when done, else what failed. */
    Optional<String> forward(Conversation current, @Nullable String attendantId) {
        if (attendantId == null) {
            log.warn("Hand-off of conversation {} (tenant {}): no attendant is configured or listed by TempBox; "
                    + "the customer was told, the conversation was not forwarded", current.atendimentoId(),
                    tenant.id());
            return Optional.empty();
        }
        if (Ids.same(current.ownerId(), attendantId)) {
            return Optional.empty();
        }
        return idempotently("EncaminharAtendimento", current, () -> effects.forward(current, attendantId),
                state -> Ids.same(blankToNull(state.atendente()), attendantId));
    }

    /** Closes the conversation unless it already is; empty when done, else what failed. */
    Optional<String> close(Conversation current) {
        if (current.closed()) {
            return Optional.empty();
        }
        return idempotently("EncerrarAtendimento", current, () -> effects.close(current),
                state -> Boolean.TRUE.equals(state.concluido()));
    }

    /**
     * Does again what an entry whose text is posted may have left undone, as the conversation reads now: nothing
     * when it was closed or a person took it meanwhile (there is someone to answer). Empty when nothing is left.
     */
    Optional<String> redo(LedgerEntry entry, Conversation current) {
        if (entry.action() != LedgerAction.HANDOFF && entry.action() != LedgerAction.CLOSE
                || current.closed() || current.ownerId() != null && !current.ownedBy(tenant.atendente())) {
            return Optional.empty();
        }
        if (entry.action() == LedgerAction.CLOSE) {
            return close(current);
        }
        Object attendant = entry.detail().get("attendant");
        return forward(current, (attendant != null) ? attendant.toString() : null);
    }

    /** Runs an effect, checking the conversation's state before trying again; empty when done, else the error. */
    private Optional<String> idempotently(String operation, Conversation current, Runnable effect,
            Predicate<Atendimento> done) {
        String error = "";
        for (int attempt = 0; attempt <= resendAttempts; attempt++) {
            try {
                effect.run();
                return Optional.empty();
            }
            catch (RuntimeException ex) {
                error = describe(ex);
            }
            try {
                if (done.test(loader.state(current.atendimentoId(), current.hash()))) {
                    return Optional.empty();
                }
            }
            catch (RuntimeException ex) {
                error = error + "; reading the conversation failed: " + describe(ex);
            }
        }
        log.warn("{} for conversation {} (tenant {}) failed after its text was posted: {}", operation,
                current.atendimentoId(), tenant.id(), error);
        return Optional.of(operation + " failed: " + error);
    }
}
