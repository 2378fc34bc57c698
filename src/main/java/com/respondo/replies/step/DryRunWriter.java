package com.respondo.replies.step;

import java.time.Duration;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;

/**
 * A dry run's writer: reports each decision (the INFO line and the {@code respondo.answers} counter, outcome
 * {@code dry-run}) and does nothing else: no ledger claim, no call to TempBox.
 */
final class DryRunWriter implements ItemWriter<PlannedReply> {

    private final ReplyReport report;

    private final String tenantId;

    private final ReplyStep step;

    private final PartitionRun run;

    DryRunWriter(ReplyReport report, String tenantId, ReplyStep step, PartitionRun run) {
        this.report = report;
        this.tenantId = tenantId;
        this.step = step;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends PlannedReply> chunk) {
        for (PlannedReply planned : chunk) {
            Decision decision = planned.decision();
            try (ConversationLogFields fields = ConversationLogFields.put(tenantId, step, planned.atendimentoId(),
                    run.jobExecutionId())) {
                report.action(tenantId, step, planned.atendimentoId(), ReplyReport.kind(decision.kind()),
                        decision.basis().name(), decision.confidence(), ReplyOutcome.DRY_RUN,
                        Duration.ofNanos(System.nanoTime() - planned.startedNanos()));
            }
        }
    }
}
