package com.respondo.replies.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.Message;
import com.respondo.jobs.Partition;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.Tenant;

import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * Settles, when a reply step starts for a tenant partition, the intents of that step that a crashed run left behind
 * (their heartbeat older than {@code unconfirmed-after}, or past {@code unknown-send-settle} since a send that ended
 * without an answer, both in the database's time): the reader may never offer their message to this step again (it no longer waits, or no longer waits for
 * this step: initial-response's conversation is now the bot's), so without this they would stay INTENT for good and
 * hold their message's one answer. The conversation is read: the intent's text there after the customer message
 * means it was posted (SENT, once a hand-off's forward or a close left undone is done; a schedule is not redone);
 * otherwise it is ABANDONED, which releases the message to whichever step it now waits for (this one included, which
 * claims it again; an intent whose send ended without an answer and whose message still waits for this step is left
 * to the step's claim, which sends it again or, its resends used up, fails it). A forward or close that still fails
 * leaves the intent open for the next start, and after {@code resend-attempts} more tries it is FAILED, for the admin
 * API to show. An intent whose conversation cannot be
 * read is ABANDONED too (one try: a conversation TempBox no longer knows must not cost a call every run); that is
 * safe, since nothing is ever posted without reading the conversation again. An intent is taken over before it is
 * settled, so that a runner that was only slow, or another one settling it too, is not overruled. Settling never
 * fails the step.
 */
public final class CrashLeftIntents implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CrashLeftIntents.class);

    /** How many intents one step start looks at, oldest first, so that a big crash costs a few runs, not one long one. */
    private static final int MAX_PER_START = 20;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final Tenant tenant;

    private final ReplyStep step;

    private final Partition partition;

    private final Duration unconfirmedAfter;

    private final Duration unknownSendSettle;

    private final LaterEffects laterEffects;

    private final int resendAttempts;

    public CrashLeftIntents(ReplyLedger ledger, ConversationLoader loader, Tenant tenant, ReplyStep step, Partition partition,
            Duration unconfirmedAfter, Duration unknownSendSettle, LaterEffects laterEffects, int resendAttempts) {
        this.ledger = ledger;
        this.loader = loader;
        this.tenant = tenant;
        this.step = step;
        this.partition = partition;
        this.unconfirmedAfter = unconfirmedAfter;
        this.unknownSendSettle = unknownSendSettle;
        this.laterEffects = laterEffects;
        this.resendAttempts = resendAttempts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        settle();
    }

    /** Settles this step's old intents in this partition; answers how many it settled. */
    int settle() {
        List<LedgerEntry> left;
        try {
            left = ledger.findUnconfirmed(tenant.id(), unconfirmedAfter, unknownSendSettle);
        }
        catch (RuntimeException ex) {
            log.warn("Could not look for intents left by an interrupted run (tenant {}, step {}): {}", tenant.id(),
                    step.stepName(), describe(ex));
            return 0;
        }
        int settled = 0;
        int tried = 0;
        for (LedgerEntry entry : left) {
            if (tried == MAX_PER_START) {
                break;
            }
            if (entry.step().equals(step.stepName()) && inPartition(entry.atendimento())) {
                tried++;
                if (settle(entry)) {
                    settled++;
                }
            }
        }
        return settled;
    }

    private boolean settle(LedgerEntry unconfirmed) {
        List<Message> messages;
        try {
            messages = loader.messages(unconfirmed.atendimento());
        }
        catch (RuntimeException ex) {
            // One try only: a conversation TempBox no longer knows must not fail every run. Releasing the message is
            // safe: no answer is posted without reading the conversation again first.
            Optional<LedgerEntry> taken = takeOver(unconfirmed);
            if (taken.isEmpty()) {
                return false;
            }
            LedgerEntry entry = taken.get();
            ledger.markAbandoned(entry, "left unconfirmed by an interrupted run; the conversation could not be "
                    + "read to settle it: " + describe(ex));
            log.warn("Reply {} (tenant {}, conversation {}, step {}) left unconfirmed by an interrupted run: the "
                    + "conversation could not be read ({}): marked ABANDONED", entry.id(), tenant.id(),
                    entry.atendimento(), step.stepName(), describe(ex));
            return true;
        }
        boolean posted = unconfirmed.text() != null
                && RereadCheck.alreadySent(messages, unconfirmed.mensagem(), unconfirmed.text(), tenant.atendente());
        if (!posted && unconfirmed.unknownSendAt() != null && waitsForThisStep(unconfirmed)) {
            return false;
        }
        Optional<LedgerEntry> taken = takeOver(unconfirmed);
        if (taken.isEmpty()) {
            return false;
        }
        LedgerEntry entry = taken.get();
        if (posted) {
            return posted(entry);
        }
        if (ReplyExecutor.sendsUsedUp(entry, resendAttempts)) {
            ledger.markFailed(entry, ReplyExecutor.sendsUsedUpError(entry, unknownSendSettle));
            log.warn("Reply {} (tenant {}, conversation {}, step {}) was sent {} times without TempBox's answer and "
                    + "never found posted: marked FAILED", entry.id(), tenant.id(), entry.atendimento(),
                    step.stepName(), entry.attempts());
            return true;
        }
        ledger.markAbandoned(entry, (entry.unknownSendAt() != null)
                ? "its send ended without an answer and was not found posted after the settle delay"
                : "left unconfirmed by an interrupted run and not found posted");
        log.warn("Reply {} (tenant {}, conversation {}, step {}) left unconfirmed by an interrupted run was not "
                + "posted: marked ABANDONED, its message free for the step it waits for", entry.id(), tenant.id(),
                entry.atendimento(), step.stepName());
        return true;
    }

    /** An intent found posted: its forward or close done again if need be, then SENT (or left open, or FAILED). */
    private boolean posted(LedgerEntry entry) {
        Optional<String> undone;
        try {
            undone = laterEffects.redo(entry, loader.load(entry.atendimento()));
        }
        catch (RuntimeException ex) {
            undone = Optional.of("reading the conversation failed: " + describe(ex));
        }
        if (undone.isEmpty()) {
            ledger.markSent(entry);
            log.warn("Reply {} (tenant {}, conversation {}, step {}) left unconfirmed by an interrupted run was found "
                    + "posted: marked SENT", entry.id(), tenant.id(), entry.atendimento(), step.stepName());
            return true;
        }
        if (entry.attempts() > resendAttempts) {
            ledger.markFailed(entry, "text posted; " + undone.get() + " (tried " + entry.attempts() + " times)");
            log.warn("Reply {} (tenant {}, conversation {}, step {}) was posted but its later effect failed {} times: "
                    + "marked FAILED", entry.id(), tenant.id(), entry.atendimento(), step.stepName(), entry.attempts());
            return true;
        }
        ledger.markIncomplete(ledger.recordAttempt(entry), "text posted; " + undone.get() + "; done again when the step starts after "
                + "unconfirmed-after");
        return false;
    }

    /**
     * Whether the entry's message still waits for this step (open, the customer's message newest, owned as the step
     * reads it): the step's claim then reads it again and sends it again or fails it, at the end of its run rather
     * than here, where the same run would claim a FAILED action again at once.
     */
    private boolean waitsForThisStep(LedgerEntry entry) {
        Conversation current;
        try {
            current = loader.load(entry.atendimento());
        }
        catch (RuntimeException ex) {
            return false;
        }
        boolean owned = (step == ReplyStep.INITIAL_RESPONSE) ? current.ownerId() == null
                : current.ownedBy(tenant.atendente());
        return owned && RereadCheck.abandonReason(step, current, entry.mensagem(), tenant.atendente()).isEmpty();
    }

    /** Takes the intent over (database time, one winner) before settling it; empty when it is not to be settled. */
    private Optional<LedgerEntry> takeOver(LedgerEntry unconfirmed) {
        return ledger.takeOver(unconfirmed, unconfirmedAfter, unknownSendSettle);
    }

    private boolean inPartition(String atendimento) {
        return partition.buckets() == 1 || Math.floorMod(atendimento.toLowerCase(Locale.ROOT).hashCode(),
                partition.buckets()) == partition.bucket();
    }
}
