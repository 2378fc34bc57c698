package com.respondo.replies.policy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;

/**
 * ai-reply's planning: a customer asking for a human is handed off by {@link AiReplyPolicy}'s rule with no LLM call;
 * otherwise the LLM decides from {@code prompts/ai-reply.st} with the canned messages, the free agenda slots, the
 * knowledge passages its {@link SourceFinder} finds for the pending question and the conversation, and the policy
 * follows its answer or hands off; while the LLM is unavailable the conversation waits for the next run, then is
 * handed off. The hand-off target is the tenant's configured attendants, else TempBox's
 * list of the bot's human team mates (asked for only when none is configured). No follow-up is scheduled in a
 * conversation a human attendant has joined, and no text equal to the bot's previous message is sent (it hands off
 * instead, as it does when the bot's last two answers did not move the conversation). When bot-reply already asked
 * the customer turn's one decision and sent no canned message, its answer ({@link TurnAnswers}) is followed, judged
 * against the prompt it answered, and the LLM is not asked again.
 */
public final class AiReplyPlanner extends PromptedPlanner<AiDecision> {

    static final String PROMPT = DecisionPrompt.NAME;

    private final AiReplyPolicy policy;

    private final DecisionPrompt decisionPrompt;

    private final TurnAnswers turnAnswers;

    public AiReplyPlanner(AiReplyPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
            LlmAdvisor llm, OutgoingChecks checks, ReplySettings settings, Clock clock, SourceFinder sources,
            TurnAnswers turnAnswers) {
        super(PROMPT, AiDecision.class, tenant, lists, prompts, llm, checks);
        this.policy = policy;
        this.decisionPrompt = new DecisionPrompt(tenant, lists, prompts, settings, clock, sources);
        this.turnAnswers = turnAnswers;
    }

    @Override
    Optional<Decision> beforeLlm(Conversation conversation) {
        return policy.beforeLlm(tenant, conversation, humans());
    }

    @Override
    Optional<Answered<AiDecision>> earlier(Conversation conversation) {
        return turnAnswers.take(conversation);
    }

    @Override
    Prompt prompt(Conversation conversation) {
        return decisionPrompt.of(conversation);
    }

    @Override
    Decision decide(Conversation conversation, Prompt prompt, @Nullable AiDecision answer, OutgoingTextCheck check) {
        Decision decision = policy.withoutFollowUpOnceHumanJoined(
                policy.decide(tenant, prompt.agenda(), prompt.sources(), answer, humans(), check), conversation,
                tenant.botAttendantId());
        return policy.withoutRepeat(decision, tenant, conversation, humans());
    }

    @Override
    Decision withoutLlm(Conversation conversation, Prompt prompt, OutgoingTextCheck check) {
        return policy.withoutLlm(tenant, conversation, humans());
    }

    /**
     * TempBox's human team mates of the bot, asked for (once per partition, see {@link TenantListCache}) only when the
     * tenant configures no hand-off attendant.
     */
    private List<String> humans() {
        return tenant.handoffAttendantIds().isEmpty() ? lists.humans() : List.of();
    }
}
