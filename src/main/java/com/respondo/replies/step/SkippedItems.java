package com.respondo.replies.step;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipPolicy;

import com.respondo.conversation.UnusableItemException;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.tempbox.TempBoxException;

/**
 * What a reply step skips and how it records it: a row or a conversation it cannot use ({@link UnusableItemException})
 * is skipped, counted by Spring Batch as a read or process skip, logged at WARN with its reason and, when the customer
 * message is known, recorded in the ledger as SKIPPED for the step (so later runs pass over it quietly). A conversation
 * TempBox could not read for the step ({@link ConversationFailures#isConversations}) is skipped for this run only and
 * handed to the {@link ConversationFailures}, which has later runs try it again a bounded number of times. Anything
 * else (an open circuit breaker, a refused token, the database) fails the step.
 */
final class SkippedItems implements SkipPolicy, SkipListener<OpenConversation, Object> {

    private static final Logger log = LoggerFactory.getLogger(SkippedItems.class);

    private final ReplyLedger ledger;

    private final ReplyReport report;

    private final PartitionRun run;

    private final String tenantId;

    private final ReplyStep step;

    private final ConversationFailures failures;

    SkippedItems(ReplyLedger ledger, ReplyReport report, PartitionRun run, String tenantId, ReplyStep step,
            ConversationFailures failures) {
        this.ledger = ledger;
        this.failures = failures;
        this.report = report;
        this.run = run;
        this.tenantId = tenantId;
        this.step = step;
    }

    @Override
    public boolean shouldSkip(Throwable failure, long skipCount) {
        return failure instanceof UnusableItemException || ConversationFailures.isConversations(failure);
    }

    @Override
    public void onSkipInRead(Throwable failure) {
        if (failure instanceof UnusableItemException unusable) {
            skipped(unusable.atendimentoId(), unusable.messageId(), unusable.getMessage());
        }
        else {
            skipped(null, null, reason(failure));
        }
    }

    @Override
    public void onSkipInProcess(OpenConversation item, Throwable failure) {
        if (failure instanceof TempBoxException tempBox && ConversationFailures.isConversations(tempBox)) {
            failures.failed(item, tempBox);
            return;
        }
        skipped(item.atendimentoId(), item.messageId(), reason(failure));
    }

    private void skipped(@Nullable String atendimentoId, @Nullable String messageId, String reason) {
        log.warn("Skipped conversation {} (message {}) of tenant {} in step {}: {}", atendimentoId, messageId,
                tenantId, step.stepName(), reason);
        if (atendimentoId != null && messageId != null) {
            ledger.recordSkipped(NewAction.of(tenantId, atendimentoId, messageId, step.stepName(), LedgerAction.SKIP)
                .withJobExecutionId(run.jobExecutionId()), reason);
        }
        report.count(tenantId, step, "skip", ReplyOutcome.SKIPPED);
    }

    private static String reason(Throwable failure) {
        return (failure instanceof RuntimeException runtime) ? ReplyExecutor.describe(runtime)
                : failure.getClass().getSimpleName();
    }
}
