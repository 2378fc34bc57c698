package com.respondo.replies;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.respondo.jobs.Partition;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.ReplyLedger;
import com.respondo.tempbox.Tenant;

import static com.respondo.replies.ReplyExecutor.describe;

/**
 * Settles, when a reply step starts for a tenant partition, the intents of that step that a crashed run left behind
 * (their heartbeat older than {@code unconfirmed-after} in the database's time) for customer messages that no longer
 * wait: the reader never offers those again, so without this they would stay INTENT for good and hold their message's
 * one answer. The conversation is read: the intent's text there after the customer message means it was posted (SENT;
 * its later effects are not redone); otherwise it is ABANDONED, which releases the message. Intents whose message still
 * waits are left to the step itself, which reconciles them when it claims the message again. An intent whose
 * conversation cannot be read is ABANDONED too (one try: a conversation TempBox no longer knows must not cost a call
 * every run); that is safe, since nothing is ever posted without reading the conversation again. An intent is taken
 * over before it is settled, so that a runner that was only slow, or another one settling it too, is not overruled.
 * Settling never fails the step.
 */
final class CrashLeftIntents implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(CrashLeftIntents.class);

    /** How many intents one step start looks at, oldest first, so that a big crash costs a few runs, not one long one. */
    private static final int MAX_PER_START = 20;

    private final ReplyLedger ledger;

    private final ConversationLoader loader;

    private final Tenant tenant;

    private final ReplyStep step;

    private final Partition partition;

    private final Duration unconfirmedAfter;

    CrashLeftIntents(ReplyLedger ledger, ConversationLoader loader, Tenant tenant, ReplyStep step, Partition partition,
            Duration unconfirmedAfter) {
        this.ledger = ledger;
        this.loader = loader;
        this.tenant = tenant;
        this.step = step;
        this.partition = partition;
        this.unconfirmedAfter = unconfirmedAfter;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        settle();
    }

    /** Settles this step's old intents in this partition; answers how many it settled. */
    int settle() {
        List<LedgerEntry> left;
        try {
            left = ledger.findUnconfirmed(tenant.id(), unconfirmedAfter);
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
            Optional<LedgerEntry> taken = ledger.takeOver(unconfirmed, unconfirmedAfter);
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
        if (!posted && stillWaiting(messages, unconfirmed.mensagem())) {
            return false;
        }
        Optional<LedgerEntry> taken = ledger.takeOver(unconfirmed, unconfirmedAfter);
        if (taken.isEmpty()) {
            return false;
        }
        LedgerEntry entry = taken.get();
        if (posted) {
            ledger.markSent(entry);
            log.warn("Reply {} (tenant {}, conversation {}, step {}) left unconfirmed by an interrupted run was found "
                    + "posted: marked SENT; its later effects are not redone", entry.id(), tenant.id(),
                    entry.atendimento(), step.stepName());
            return true;
        }
        ledger.markAbandoned(entry, "left unconfirmed by an interrupted run, not posted, and the customer "
                + "message no longer waits");
        log.warn("Reply {} (tenant {}, conversation {}, step {}) left unconfirmed by an interrupted run was not "
                + "posted and its message no longer waits: marked ABANDONED", entry.id(), tenant.id(),
                entry.atendimento(), step.stepName());
        return true;
    }

    /** Whether the customer message is still the conversation's newest: the step itself will reconcile the intent. */
    private static boolean stillWaiting(List<Message> messages, String customerMessageId) {
        if (messages.isEmpty()) {
            return false;
        }
        Message newest = messages.get(messages.size() - 1);
        return newest.fromCustomer() && Ids.same(newest.id(), customerMessageId);
    }

    private boolean inPartition(String atendimento) {
        return partition.buckets() == 1 || Math.floorMod(atendimento.toLowerCase(Locale.ROOT).hashCode(),
                partition.buckets()) == partition.bucket();
    }
}
