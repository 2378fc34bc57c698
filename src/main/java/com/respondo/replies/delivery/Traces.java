package com.respondo.replies.delivery;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.ledger.DecisionTrace;
import com.respondo.ledger.LedgerAction;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.LlmTrace;
import com.respondo.replies.policy.PlannedReply;

/**
 * The trace of a performed decision, as the ledger keeps it for the console: the customer's messages it answered (the
 * burst ending with the answered message), the text sent, the decision and the LLM call it read.
 */
final class Traces {

    private Traces() {
    }

    /** Whether acting on a decision that ended so left something to trace (a decision nobody acted on does not). */
    static boolean traced(ReplyOutcome outcome) {
        return switch (outcome) {
            case ALREADY_DONE, IN_FLIGHT, RETRY_LATER, DRY_RUN -> false;
            default -> true;
        };
    }

    static DecisionTrace of(PlannedReply planned, String tenantId, String step, LedgerAction action,
            ReplyOutcome outcome) {
        Decision decision = planned.decision();
        LlmTrace llm = decision.llm();
        return new DecisionTrace(tenantId, planned.atendimentoId(), planned.messageId(), step, action.name(),
                outcome.name(), planned.conversation().protocol(), customerText(planned.conversation(), planned.messageId()),
                planned.action().outgoingText().orElse(null), decision.basis().name(), decision.confidence(),
                decision.reason(), decision.sources(),
                (llm == null) ? null : new DecisionTrace.Call(llm.prompt(), llm.promptVersion(), llm.model(),
                        llm.promptTokens(), llm.completionTokens(), llm.cachedTokens(), llm.reused(),
                        llm.rawAnswer()),
                null);
    }

    /** The customer's burst the decision answered, one message a line; the answered message alone when no burst. */
    static @Nullable String customerText(Conversation conversation, String messageId) {
        List<Message> burst = conversation.burst();
        if (!burst.isEmpty()) {
            return burst.stream().map(Message::text).collect(Collectors.joining("\n"));
        }
        Optional<Message> answered = conversation.messages()
            .stream()
            .filter(message -> message.id().equalsIgnoreCase(messageId) && message.fromCustomer())
            .findFirst();
        return answered.map(Message::text).orElse(null);
    }
}
