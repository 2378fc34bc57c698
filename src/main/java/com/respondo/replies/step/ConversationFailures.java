package com.respondo.replies.step;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.TempBoxCallRefusedException;
import com.respondo.tempbox.TempBoxConversationNotFoundException;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.TempBoxRejectedException;
import com.respondo.tempbox.TempBoxResponseException;
import com.respondo.tempbox.TempBoxUnavailableException;

/**
 * The conversations a reply step could not work on in one partition run because TempBox could not read them for it
 * (an unreadable answer, "Atendimento não encontrado", a refusal or a 500 about that conversation): each is that
 * conversation's outcome, not an outage, so the rest of the partition goes on and, when the step ends, each is
 * recorded in the ledger as FAILED with one attempt more. Later runs try it again until
 * {@code respondo.replies.max-conversation-attempts} runs have failed; then the step gives up (one ERROR line, the
 * entry stays FAILED for a person to see) and the reader passes over it.
 * <p>
 * A 500 or a timeout looks the same whether TempBox is down or only one conversation troubles it: when no conversation
 * of the run could be read and at least two failed so, it was an outage after all. The step then fails naming the
 * cause, as it did before, and those conversations are not charged an attempt; an open circuit breaker fails the step
 * at once. A dry run records nothing.
 */
final class ConversationFailures {

    private static final Logger log = LoggerFactory.getLogger(ConversationFailures.class);

    private static final int OUTAGE_FAILURES = 2;

    private final JobRepository jobRepository;

    private final ReplyLedger ledger;

    private final ReplyReport report;

    private final PartitionRun run;

    private final String tenantId;

    private final ReplyStep replyStep;

    private final int maxAttempts;

    private final boolean recorded;

    private final AtomicInteger loaded = new AtomicInteger();

    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();

    ConversationFailures(JobRepository jobRepository, ReplyLedger ledger, ReplyReport report,
            PartitionRun run, String tenantId, ReplyStep replyStep, int maxAttempts, boolean recorded) {
        this.jobRepository = jobRepository;
        this.ledger = ledger;
        this.report = report;
        this.run = run;
        this.tenantId = tenantId;
        this.replyStep = replyStep;
        this.maxAttempts = maxAttempts;
        this.recorded = recorded;
    }

    /**
     * Whether a failure met while working on one conversation is about that conversation: TempBox answered about it
     * unreadably, refused it, knows no such conversation, or could not serve it (but not a call the protection layer
     * refused: that is the tenant's outage).
     */
    static boolean isConversations(Throwable failure) {
        return failure instanceof TempBoxResponseException || failure instanceof TempBoxRejectedException
                || failure instanceof TempBoxConversationNotFoundException
                || (failure instanceof TempBoxUnavailableException
                        && !(failure instanceof TempBoxCallRefusedException));
    }

    /** A conversation of the run was read: TempBox serves this tenant. */
    void loaded() {
        loaded.incrementAndGet();
    }

    /** TempBox could not read the item's conversation for the step ({@link #isConversations}). */
    void failed(OpenConversation item, TempBoxException failure) {
        log.warn("TempBox could not read conversation {} (message {}) of tenant {} for step {}: {}",
                item.atendimentoId(), item.messageId(), tenantId, replyStep.stepName(),
                ReplyExecutor.describe(failure));
        failures.add(new Failure(item, failure));
    }

    /**
     * Once the step has run: records the conversations it could not read, or fails the step if that was an outage
     * (the step's settlement, see {@link com.respondo.jobs.FailureDescribingStep}).
     */
    void settle(StepExecution stepExecution) {
        List<TempBoxException> unavailable = failures.stream()
            .map(Failure::cause)
            .filter(TempBoxException::retryable)
            .toList();
        boolean outage = unavailable.size() >= OUTAGE_FAILURES && loaded.get() == 0;
        for (Failure failure : failures) {
            if (recorded && !(outage && failure.cause().retryable())) {
                record(failure);
            }
        }
        if (outage && stepExecution.getStatus() == BatchStatus.COMPLETED) {
            stepExecution.addFailureException(unavailable.get(0));
            stepExecution.setStatus(BatchStatus.FAILED);
            stepExecution.setExitStatus(ExitStatus.FAILED);
            jobRepository.update(stepExecution);
        }
    }

    private void record(Failure failure) {
        OpenConversation item = failure.item();
        String reason = ReplyExecutor.describe(failure.cause());
        LedgerEntry entry = ledger.recordFailure(NewAction
            .of(tenantId, item.atendimentoId(), item.messageId(), replyStep.stepName(), LedgerAction.SKIP)
            .withJobExecutionId(run.jobExecutionId()), reason);
        if (entry.attempts() >= maxAttempts) {
            log.error("Step {} gives up conversation {} (message {}) of tenant {}: TempBox could not read it in {} "
                    + "runs; last: {}", replyStep.stepName(), item.atendimentoId(), item.messageId(), tenantId,
                    entry.attempts(), reason);
        }
        report.count(tenantId, replyStep, "skip", ReplyOutcome.FAILED);
    }

    /** One conversation TempBox could not read, and why. */
    private record Failure(OpenConversation item, TempBoxException cause) {
    }
}
