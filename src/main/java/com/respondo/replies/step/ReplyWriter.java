package com.respondo.replies.step;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import com.respondo.jobs.ConcurrentWrites;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;

/**
 * A reply step's writer, thin: performs the chunk's planned actions through the {@link ReplyExecutor} on the
 * partition's bounded pool (so TempBox latencies overlap), reports each one, and waits for all of them. Each action
 * keeps its own ledger record, committed on its own, whatever becomes of the chunk; an unexpected error (the database
 * gone) fails the step once every action of the chunk has ended. A turn the step only hands on (initial-response's
 * start, bot-reply's deferral) is carried through the job's later steps at once when it has a {@link TurnCarry}.
 */
final class ReplyWriter implements ItemWriter<PlannedReply> {

    private static final Logger log = LoggerFactory.getLogger(ReplyWriter.class);

    private final ReplyExecutor executor;

    private final ReplyReport report;

    private final ConcurrentWrites writes;

    private final String tenantId;

    private final ReplyStep step;

    private final PartitionRun run;

    private final @Nullable TurnCarry carry;

    private final Consumer<String> started;

    ReplyWriter(ReplyExecutor executor, ReplyReport report, PartitionRun run, String tenantId, ReplyStep step) {
        this(executor, report, run, tenantId, step, null);
    }

    /** A writer that carries the turns its step hands on through the job's later steps ({@link TurnCarry}). */
    ReplyWriter(ReplyExecutor executor, ReplyReport report, PartitionRun run, String tenantId, ReplyStep step,
            @Nullable TurnCarry carry) {
        this(executor, report, run, tenantId, step, carry, atendimento -> {
        });
    }

    /**
     * A writer that also tells {@code started} of each conversation its step started (initial-response's START), so
     * that the run's later steps see it as the bot's ({@link RunListings}).
     */
    ReplyWriter(ReplyExecutor executor, ReplyReport report, PartitionRun run, String tenantId, ReplyStep step,
            @Nullable TurnCarry carry, Consumer<String> started) {
        this.started = started;
        this.carry = carry;
        this.executor = executor;
        this.report = report;
        this.run = run;
        this.writes = new ConcurrentWrites(run.pool());
        this.tenantId = tenantId;
        this.step = step;
    }

    @Override
    public void write(Chunk<? extends PlannedReply> chunk) throws Exception {
        writes.forEach(chunk, this::perform, ReplyWriteException::new);
    }

    private void perform(PlannedReply planned) {
        TurnCarry carry = this.carry;
        if (carry != null && carry.before(step, planned)) {
            Optional<ReplyOutcome> answered = carry.carry(step, planned);
            if (answered.isPresent()) {
                log.debug("Conversation {} of tenant {} carried through the later steps ({}): not started by {}",
                        planned.atendimentoId(), tenantId, answered.get().tag(), step.stepName());
                return;
            }
        }
        ReplyOutcome outcome = performOwn(planned);
        if (outcome == ReplyOutcome.STARTED) {
            started.accept(planned.atendimentoId());
        }
        if (carry != null && carry.after(step, outcome)) {
            carry.carry(step, planned);
        }
    }

    private ReplyOutcome performOwn(PlannedReply planned) {
        Decision decision = planned.decision();
        String kind = ReplyReport.kind(decision.kind());
        try (ConversationLogFields fields = ConversationLogFields.put(tenantId, step, planned.atendimentoId(),
                run.jobExecutionId())) {
            ReplyOutcome outcome = executor.execute(planned);
            report.action(tenantId, step, planned.atendimentoId(), kind, decision.basis().name(),
                    decision.confidence(), outcome, Duration.ofNanos(System.nanoTime() - planned.startedNanos()));
            return outcome;
        }
        catch (RuntimeException ex) {
            log.error("Reply action {} on conversation {} of tenant {} (step {}) failed unexpectedly", kind,
                    planned.atendimentoId(), tenantId, step.stepName(), ex);
            report.count(tenantId, step, kind, ReplyOutcome.FAILED);
            throw ex;
        }
    }

    /** An action of the chunk failed in a way the ledger could not record; the step fails, never skips it. */
    static final class ReplyWriteException extends RuntimeException {

        ReplyWriteException(Throwable cause) {
            super("A reply action failed unexpectedly: " + cause.getMessage(), cause);
        }
    }
}
