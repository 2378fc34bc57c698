package com.respondo.replies.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.ledger.Claim;
import com.respondo.ledger.IntentHeartbeat;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.ResponderMensagemBotRequest;
import com.respondo.tempbox.ResponderMensagemIaRequest;
import com.respondo.tempbox.TempBoxCallRefusedException;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxResponseException;
import com.respondo.tempbox.TempBoxUnavailableException;
import com.respondo.tempbox.Tenant;

import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * A reply step in {@code remote} mode: TempBox's own automation is asked to answer the items the step read, through
 * the operation of the same name ({@code ProcessarOcorrenciaRespostaInicialBotIa} once per tenant and run,
 * {@code ResponderMensagemBot} per customer message, {@code ResponderMensagemIa} per conversation), each request
 * recorded in the ledger as {@link LedgerAction#REMOTE} before it is made, so that it is not repeated, and kept fresh
 * while the request runs. An intent left by a crashed run, or by a request TempBox may have taken
 * ({@link #mayHaveBeenTaken}), is left alone until its heartbeat is older than {@code unconfirmed-after} in the
 * database's time (TempBox's automation may still be at work), then taken over and settled by reading the
 * conversation: answered means sent, still waiting means ask again. Outcomes are recorded under the claim held
 * (fenced).
 */
public final class RemoteExecutor {

    private static final Logger log = LoggerFactory.getLogger(RemoteExecutor.class);

    private final ReplyStep step;

    private final Tenant tenant;

    private final ReplyLedger ledger;

    private final TempBoxClient client;

    private final ConversationLoader loader;

    private final PartitionRun run;

    private final Duration unconfirmedAfter;

    public RemoteExecutor(ReplyStep step, Tenant tenant, ReplyLedger ledger, TempBoxClient client,
            ConversationLoader loader, PartitionRun run, Duration unconfirmedAfter) {
        this.step = step;
        this.tenant = tenant;
        this.ledger = ledger;
        this.client = client;
        this.loader = loader;
        this.run = run;
        this.unconfirmedAfter = unconfirmedAfter;
    }

    /** The TempBox operation standing for the step. */
    public String operation() {
        switch (step) {
            case INITIAL_RESPONSE:
                return "ProcessarOcorrenciaRespostaInicialBotIa";
            case BOT_REPLY:
                return "ResponderMensagemBot";
            default:
                return "ResponderMensagemIa";
        }
    }

    /** bot-reply and ai-reply: asks TempBox to answer one item. */
    public ReplyOutcome execute(OpenConversation item) {
        Claimed claimed = claim(item);
        if (claimed.outcome() != null) {
            return claimed.outcome();
        }
        try (IntentHeartbeat heartbeat = keepAlive(claimed.entry())) {
            if (step == ReplyStep.BOT_REPLY) {
                client.responderMensagemBot(tenant, new ResponderMensagemBotRequest(item.messageId()));
            }
            else {
                client.responderMensagemIa(tenant,
                        new ResponderMensagemIaRequest(item.atendimentoId(), tenant.empresa()));
            }
        }
        catch (RuntimeException ex) {
            if (mayHaveBeenTaken(ex)) {
                log.warn("TempBox may have taken the {} request for message {} of tenant {} ({}): left unconfirmed, "
                        + "not asked again before the conversation is read after {}", operation(), item.messageId(),
                        tenant.id(), describe(ex), unconfirmedAfter);
            }
            else {
                ledger.markFailed(claimed.entry(), describe(ex));
            }
            return ReplyOutcome.FAILED;
        }
        ledger.markSent(claimed.entry());
        return ReplyOutcome.SENT;
    }

    /**
     * initial-response: claims the items, then asks TempBox's initial-response run once for them all (not at all when
     * none is left to ask for).
     */
    public InitialRun executeOnce(List<OpenConversation> items) {
        Map<OpenConversation, ReplyOutcome> outcomes = new LinkedHashMap<>();
        List<LedgerEntry> entries = new ArrayList<>();
        for (OpenConversation item : items) {
            Claimed claimed = claim(item);
            outcomes.put(item, (claimed.outcome() != null) ? claimed.outcome() : ReplyOutcome.SENT);
            if (claimed.outcome() == null) {
                entries.add(claimed.entry());
            }
        }
        if (entries.isEmpty()) {
            return new InitialRun(false, outcomes);
        }
        List<IntentHeartbeat> heartbeats = entries.stream().map(this::keepAlive).toList();
        try {
            client.processarOcorrenciaRespostaInicialBotIa(tenant);
            entries.forEach(ledger::markSent);
        }
        catch (RuntimeException ex) {
            String error = describe(ex);
            if (mayHaveBeenTaken(ex)) {
                log.warn("TempBox may have taken the ProcessarOcorrenciaRespostaInicialBotIa request of tenant {} "
                        + "({}): its {} conversation(s) left unconfirmed, not asked for again before they are read "
                        + "after {}",
                        tenant.id(), error, entries.size(), unconfirmedAfter);
            }
            else {
                entries.forEach(entry -> ledger.markFailed(entry, error));
            }
            outcomes.replaceAll((item, outcome) -> outcome == ReplyOutcome.SENT ? ReplyOutcome.FAILED : outcome);
        }
        finally {
            heartbeats.forEach(IntentHeartbeat::close);
        }
        return new InitialRun(true, outcomes);
    }

    /** Keeps a claimed request's intent fresh while TempBox works on it: four times per {@code unconfirmed-after}. */
    private IntentHeartbeat keepAlive(LedgerEntry claimed) {
        return ledger.keepAlive(claimed, unconfirmedAfter.dividedBy(4));
    }

    /**
     * Whether TempBox may have taken a request that failed, its automation now at work (asynchronously, as TempBox's
     * automations may be): it timed out, failed on TempBox's side or was answered unreadably. Such an intent is left
     * unconfirmed, so that a later run neither asks again before {@code unconfirmed-after} nor without reading the
     * conversation first. A request refused before it left (open breaker) or refused by TempBox was not taken.
     */
    private static boolean mayHaveBeenTaken(RuntimeException ex) {
        return (ex instanceof TempBoxUnavailableException && !(ex instanceof TempBoxCallRefusedException))
                || ex instanceof TempBoxResponseException;
    }

    /** The claim's entry to act on, or the outcome when there is nothing to do. */
    private Claimed claim(OpenConversation item) {
        NewAction action = NewAction
            .of(tenant.id(), item.atendimentoId(), item.messageId(), step.stepName(), LedgerAction.REMOTE)
            .withDetail(Map.of("operation", operation()))
            .withJobExecutionId(run.jobExecutionId());
        Claim claim = ledger.claim(action);
        switch (claim.outcome()) {
            case CLAIMED:
                return new Claimed(claim.entry(), null);
            case UNCONFIRMED:
                return settle(item, claim.entry());
            default:
                return new Claimed(claim.entry(), ReplyOutcome.ALREADY_DONE);
        }
    }

    private Claimed settle(OpenConversation item, LedgerEntry unconfirmed) {
        Optional<LedgerEntry> taken = ledger.takeOver(unconfirmed, unconfirmedAfter);
        if (taken.isEmpty()) {
            return new Claimed(unconfirmed, ReplyOutcome.IN_FLIGHT);
        }
        LedgerEntry entry = taken.get();
        Conversation current;
        try {
            current = loader.load(item.atendimentoId(), item.hash());
        }
        catch (RuntimeException ex) {
            log.warn("Could not reconcile the unconfirmed remote request {} of tenant {}: {}", entry.id(),
                    tenant.id(), describe(ex));
            return new Claimed(entry, ReplyOutcome.FAILED);
        }
        Optional<String> notWaiting = RereadCheck.abandonReason(current, item.messageId(), tenant.atendente());
        if (notWaiting.isEmpty()) {
            return new Claimed(ledger.recordAttempt(entry), null);
        }
        if (current.newestMessage().filter(newest -> !newest.fromCustomer()).isPresent()) {
            ledger.markSent(entry);
            return new Claimed(entry, ReplyOutcome.SENT);
        }
        ledger.markAbandoned(entry, notWaiting.get());
        return new Claimed(entry, ReplyOutcome.ABANDONED);
    }

    /**
     * What asking TempBox's initial-response run did.
     *
     * @param asked whether the run was asked (some item was claimed)
     * @param outcomes each item's outcome, in reading order
     */
    public record InitialRun(boolean asked, Map<OpenConversation, ReplyOutcome> outcomes) {
    }

    /** A claim's entry, and the outcome when nothing is to be asked of TempBox (null: ask). */
    private record Claimed(LedgerEntry entry, @Nullable ReplyOutcome outcome) {
    }
}
