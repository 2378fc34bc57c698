package com.respondo.replies.policy;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;

/**
 * initial-response's planning: {@link GreetingPolicy#beforeLlm} first (a human request hands off; a burst that
 * already asks something only starts the conversation), then the LLM's greeting from
 * {@code prompts/initial-response.st}, or the fixed greeting when the LLM is unavailable.
 */
public final class GreetingPlanner extends PromptedPlanner<Greeting> {

    static final String PROMPT = "initial-response";

    private final GreetingPolicy policy;

    public GreetingPlanner(GreetingPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
            LlmAdvisor llm, OutgoingChecks checks) {
        super(PROMPT, Greeting.class, tenant, lists, prompts, llm, checks);
        this.policy = policy;
    }

    @Override
    Optional<Decision> beforeLlm(Conversation conversation) {
        return policy.beforeLlm(tenant, conversation, lists::humans);
    }

    @Override
    Prompt prompt(Conversation conversation) {
        return Prompt.of(prompts.initialResponse(tenant, conversation), CannedMenu.empty());
    }

    @Override
    Decision decide(Conversation conversation, Prompt prompt, @Nullable Greeting greeting, OutgoingTextCheck check) {
        return policy.decide(tenant, conversation, greeting, check, lists::humans);
    }

    @Override
    Decision withoutLlm(Conversation conversation, Prompt prompt, OutgoingTextCheck check) {
        return policy.withoutLlm(tenant);
    }
}
