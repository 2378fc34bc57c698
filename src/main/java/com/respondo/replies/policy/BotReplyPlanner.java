package com.respondo.replies.policy;

import java.util.Optional;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;

/**
 * bot-reply's planning: the tenant's canned messages fit for the conversation's channel, {@link BotReplyPolicy}'s
 * rules first (a human request or no canned message defers to ai-reply), then the one decision of the customer turn
 * ({@code prompts/ai-reply.st}, whose answer also chooses a canned message), or the keyword/menu fallback when the
 * LLM is unavailable. The policy sends the canned message the answer chooses; otherwise it defers, and the answer is
 * kept ({@link TurnAnswers}) for ai-reply to follow without asking the LLM again. A canned message equal to the bot's
 * previous message is not sent again: ai-reply answers instead.
 */
public final class BotReplyPlanner extends PromptedPlanner<AiDecision> {

    private final BotReplyPolicy policy;

    private final DecisionPrompt decisionPrompt;

    private final TurnAnswers turnAnswers;

    public BotReplyPlanner(BotReplyPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
            LlmAdvisor llm, OutgoingChecks checks, ReplySettings settings, Clock clock, SourceFinder sources,
            TurnAnswers turnAnswers) {
        super(DecisionPrompt.NAME, AiDecision.class, tenant, lists, prompts, llm, checks);
        this.policy = policy;
        this.decisionPrompt = new DecisionPrompt(tenant, lists, prompts, settings, clock, sources);
        this.turnAnswers = turnAnswers;
    }

    @Override
    Optional<Decision> beforeLlm(Conversation conversation) {
        return policy.beforeLlm(conversation, menu(conversation), tenant.botAttendantId());
    }

    @Override
    Prompt prompt(Conversation conversation) {
        return decisionPrompt.of(conversation);
    }

    @Override
    Decision decide(Conversation conversation, Prompt prompt, @Nullable AiDecision answer, OutgoingTextCheck check) {
        return policy.withoutRepeat(
                policy.decide(prompt.menu(), answer == null ? null : answer.cannedChoice(), check), conversation,
                tenant.botAttendantId());
    }

    /** A turn bot-reply leaves to ai-reply keeps its answer, so that ai-reply follows it without asking again. */
    @Override
    void answered(Conversation conversation, Answered<AiDecision> answered, Decision decision) {
        if (decision.deferred()) {
            turnAnswers.keep(conversation, answered);
        }
    }

    @Override
    Decision withoutLlm(Conversation conversation, Prompt prompt, OutgoingTextCheck check) {
        return policy.withoutRepeat(policy.withoutLlm(tenant, conversation, prompt.menu(), check), conversation,
                tenant.botAttendantId());
    }

    /** The canned messages fit for the conversation's channel. */
    private CannedMenu menu(Conversation conversation) {
        return CannedMenu.of(lists.canned(), conversation.plataforma());
    }
}
