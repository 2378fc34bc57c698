package com.respondo.replies.step;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.TenantProfile;
import com.respondo.conversation.UnusableItemException;
import com.respondo.replies.delivery.PartitionRun;
import com.respondo.replies.policy.OpenConversation;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyPlanner;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.replies.policy.WaitingStatus;

/**
 * A reply step's processor, thin: reads the whole conversation, checks on that full view that it still waits for
 * the step (it is filtered out otherwise: the customer may be typing again, or a human may have taken it), and has
 * the step's planner decide. A conversation an earlier step of the run read for the same customer message is not
 * read again ({@link ConversationReads}): the delivery reads it again before posting anyway. Meanwhile the tenant,
 * conversation, step and execution are MDC fields ({@link ConversationLogFields}), so the LLM's and TempBox's log
 * lines of this conversation carry them too.
 */
final class ReplyProcessor implements ItemProcessor<OpenConversation, PlannedReply> {

    private static final Logger log = LoggerFactory.getLogger(ReplyProcessor.class);

    private final ConversationLoader loader;

    private final ReplyPlanner planner;

    private final WaitingRule waitingRule;

    private final TenantProfile tenant;

    private final ReplyStep step;

    private final Clock clock;

    private final ConversationFailures failures;

    private final ConversationReads reads;

    private final PartitionRun run;

    ReplyProcessor(ConversationLoader loader, ReplyPlanner planner, WaitingRule waitingRule, TenantProfile tenant,
            ReplyStep step, Clock clock, ConversationFailures failures, ConversationReads reads, PartitionRun run) {
        this.failures = failures;
        this.reads = reads;
        this.run = run;
        this.loader = loader;
        this.planner = planner;
        this.waitingRule = waitingRule;
        this.tenant = tenant;
        this.step = step;
        this.clock = clock;
    }

    @Override
    public @Nullable PlannedReply process(OpenConversation item) {
        try (ConversationLogFields fields = ConversationLogFields.put(tenant.tenantId(), step, item.atendimentoId(),
                run.jobExecutionId())) {
            return plan(item);
        }
    }

    private @Nullable PlannedReply plan(OpenConversation item) {
        long started = System.nanoTime();
        Conversation conversation = read(item);
        WaitingStatus status = waitingRule.evaluate(conversation, tenant.botAttendantId(), clock.instant());
        if (status == WaitingStatus.NO_MESSAGES) {
            // the list of open conversations showed a customer message: TempBox contradicts itself
            throw new UnusableItemException("ListarMensagensAtendimento: no messages for a conversation listed with "
                    + "a waiting customer message", item.atendimentoId(), item.messageId());
        }
        if (!status.isFor(step)) {
            log.debug("Conversation {} of tenant {} no longer waits for {}: {}", item.atendimentoId(),
                    tenant.tenantId(), step.stepName(), status.reason());
            return null;
        }
        String messageId = conversation.newestMessage().orElseThrow().id();
        return new PlannedReply(conversation, messageId, planner.plan(conversation), started);
    }

    private Conversation read(OpenConversation item) {
        Optional<Conversation> earlier = reads.earlier(step, tenant.tenantId(), item);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Conversation conversation = loader.load(item.atendimentoId(), item.hash());
        failures.loaded();
        reads.keep(step, conversation);
        return conversation;
    }
}
