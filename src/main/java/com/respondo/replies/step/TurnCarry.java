package com.respondo.replies.step;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.delivery.ReplyExecutor;
import com.respondo.replies.delivery.ReplyOutcome;
import com.respondo.replies.policy.ActionKind;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyPlanner;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.replies.policy.WaitingStatus;

/**
 * Carries a customer turn through the later reply steps of the job in the item that read it (issue 17, "per
 * conversation, not per step"): when initial-response would only start a conversation whose opening messages already
 * ask something, or bot-reply leaves the turn to ai-reply, the later step's decision (canned choice, then the AI's) is
 * taken and performed at once, on the conversation just read, instead of waiting for the whole step before it and a
 * fresh read of its own. Each later step decides and performs through its own planner and its own
 * {@link ReplyExecutor}, so the ledger holds the answer under that step's name (intent before send, re-read before
 * posting, one answer per message) and that step, when it runs, finds the message settled; its crash-left intents
 * are settled by that step's start as always. Before each later step the conversation, seen as the bot's (a start
 * makes it so; the delivery starts it when nobody owns it yet), must still wait for that step by the
 * {@link WaitingRule}, a human's presence included; otherwise the turn is left to the steps, as before.
 * <p>
 * Only the job's later steps that run here ({@code local}) are carried through, never in a dry run. Thread-safe:
 * items of a chunk are carried concurrently on the partition's pool.
 */
final class TurnCarry {

    private static final Logger log = LoggerFactory.getLogger(TurnCarry.class);

    private final List<Stage> stages;

    private final WaitingRule waitingRule;

    private final String tenantId;

    private final String botAttendantId;

    private final Clock clock;

    private final ReplyReport report;

    private final PartitionRun run;

    TurnCarry(List<Stage> stages, WaitingRule waitingRule, String tenantId, String botAttendantId, Clock clock,
            ReplyReport report, PartitionRun run) {
        this.stages = List.copyOf(stages);
        this.waitingRule = waitingRule;
        this.tenantId = tenantId;
        this.botAttendantId = botAttendantId;
        this.clock = clock;
        this.report = report;
        this.run = run;
    }

    /**
     * Whether a step's planned action only hands the turn on and is better performed after the later steps, when
     * they do not answer: initial-response's start (the delivery of an answer starts the conversation itself).
     */
    boolean before(ReplyStep step, PlannedReply planned) {
        return !stages.isEmpty() && step == ReplyStep.INITIAL_RESPONSE && planned.action().kind() == ActionKind.START;
    }

    /**
     * Whether a step's performed action leaves the turn to the later steps: bot-reply's recorded deferral.
     */
    boolean after(ReplyStep step, ReplyOutcome outcome) {
        return !stages.isEmpty() && step == ReplyStep.BOT_REPLY && outcome == ReplyOutcome.DEFERRED;
    }

    /**
     * Takes the turn {@code from}'s step planned through the later steps: each decides on the conversation (as the
     * bot's) and performs its action; a deferral goes on to the next one. The outcome of the step whose action went
     * to delivery (posted, abandoned on the re-read, failed, held...), or empty when none did (no later step here,
     * the conversation no longer waits for one, a deferral to the next run, a planning error): the turn is then
     * the steps' as before.
     */
    Optional<ReplyOutcome> carry(ReplyStep from, PlannedReply planned) {
        Conversation conversation = asBots(planned.conversation());
        for (Stage stage : stages) {
            if (stage.step().compareTo(from) <= 0) {
                continue;
            }
            try (ConversationLogFields fields = ConversationLogFields.put(tenantId, stage.step(),
                    conversation.atendimentoId(), run.jobExecutionId())) {
                WaitingStatus status = waitingRule.evaluate(conversation, botAttendantId, clock.instant());
                if (!status.isFor(stage.step())) {
                    log.debug("Conversation {} of tenant {} not carried to {}: {}", conversation.atendimentoId(),
                            tenantId, stage.step().stepName(), status.reason());
                    return Optional.empty();
                }
                Decision decision;
                try {
                    decision = stage.planner().plan(conversation);
                }
                catch (RuntimeException ex) {
                    log.warn("Conversation {} of tenant {} not carried to {}: planning failed ({}); the step takes "
                            + "it", conversation.atendimentoId(), tenantId, stage.step().stepName(),
                            ReplyExecutor.describe(ex));
                    return Optional.empty();
                }
                ReplyOutcome outcome = perform(stage, new PlannedReply(conversation, planned.messageId(), decision,
                        planned.startedNanos()));
                if (outcome == ReplyOutcome.DEFERRED) {
                    continue;
                }
                return outcome == ReplyOutcome.RETRY_LATER ? Optional.empty() : Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    private ReplyOutcome perform(Stage stage, PlannedReply planned) {
        Decision decision = planned.decision();
        String kind = ReplyReport.kind(decision.kind());
        try {
            ReplyOutcome outcome = stage.executor().execute(planned);
            report.action(tenantId, stage.step(), planned.atendimentoId(), kind, decision.basis().name(),
                    decision.confidence(), outcome, Duration.ofNanos(System.nanoTime() - planned.startedNanos()));
            return outcome;
        }
        catch (RuntimeException ex) {
            log.error("Reply action {} on conversation {} of tenant {} (step {}, carried) failed unexpectedly", kind,
                    planned.atendimentoId(), tenantId, stage.step().stepName(), ex);
            report.count(tenantId, stage.step(), kind, ReplyOutcome.FAILED);
            throw ex;
        }
    }

    /** The conversation as the bot's, as it is once started (the later steps' view of it). */
    private Conversation asBots(Conversation c) {
        return c.withOwner(botAttendantId);
    }

    /** A later step the turn may be carried through: its planner and its executor for the tenant. */
    record Stage(ReplyStep step, ReplyPlanner planner, ReplyExecutor executor) {
    }
}
