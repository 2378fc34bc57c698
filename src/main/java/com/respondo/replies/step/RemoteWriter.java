package com.respondo.replies.step;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.respondo.jobs.ConcurrentWrites;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.RemoteExecutor;
import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.ReplyStep;

/**
 * A reply step's writer in {@code remote} mode: hands the items to TempBox's own automation through the
 * {@link RemoteExecutor} and reports each. bot-reply and ai-reply ask per item, on the partition's bounded pool;
 * initial-response asks TempBox's run once per tenant and run (only the tenant's first bucket partition reads, the
 * whole tenant), with the first chunk that has items to claim (that run answers every unstarted conversation; items
 * read after it are left to the next run).
 */
final class RemoteWriter implements ItemWriter<OpenConversation> {

    private static final Logger log = LoggerFactory.getLogger(RemoteWriter.class);

    private static final String KIND = "remote";

    private final RemoteExecutor executor;

    private final ReplyReport report;

    private final ConcurrentWrites writes;

    private final String tenantId;

    private final ReplyStep step;

    private final PartitionRun run;

    private boolean initialRunAsked;

    RemoteWriter(RemoteExecutor executor, ReplyReport report, PartitionRun run, String tenantId, ReplyStep step) {
        this.executor = executor;
        this.report = report;
        this.run = run;
        this.writes = new ConcurrentWrites(run.pool());
        this.tenantId = tenantId;
        this.step = step;
    }

    @Override
    public void write(Chunk<? extends OpenConversation> chunk) throws Exception {
        if (step == ReplyStep.INITIAL_RESPONSE) {
            writeOnce(chunk.getItems());
            return;
        }
        writes.forEach(chunk, item -> {
            try (ConversationLogFields fields = fields(item)) {
                long started = System.nanoTime();
                report(item, executor.execute(item), started);
            }
        }, ReplyWriter.ReplyWriteException::new);
    }

    private void writeOnce(List<? extends OpenConversation> items) {
        if (initialRunAsked) {
            log.debug("{} conversation(s) of tenant {} read after TempBox's initial-response run: left to the next run",
                    items.size(), tenantId);
            return;
        }
        long started = System.nanoTime();
        RemoteExecutor.InitialRun initialRun = executor.executeOnce(List.copyOf(items));
        initialRunAsked = initialRun.asked();
        initialRun.outcomes().forEach((item, outcome) -> {
            try (ConversationLogFields fields = fields(item)) {
                report(item, outcome, started);
            }
        });
    }

    private ConversationLogFields fields(OpenConversation item) {
        return ConversationLogFields.put(tenantId, step, item.atendimentoId(), run.jobExecutionId());
    }

    private void report(OpenConversation item, ReplyOutcome outcome, long started) {
        report.action(tenantId, step, item.atendimentoId(), KIND, "REMOTE " + executor.operation(), null, outcome,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
