package com.respondo.replies.policy;

import java.util.Map;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;

/**
 * initial-response's planning: {@link GreetingPolicy#beforeLlm} first (a human request hands off; a burst that
 * already asks something only starts the conversation), then the LLM's greeting from
 * {@code prompts/initial-response.st}, or the fixed greeting when the LLM is unavailable.
 */
public final class GreetingPlanner implements ReplyPlanner {

    static final String PROMPT = "initial-response";

    private final GreetingPolicy policy;

    private final TenantProfile tenant;

    private final TenantListCache lists;

    private final ReplyPrompts prompts;

    private final LlmAdvisor llm;

    private final OutgoingChecks checks;

    public GreetingPlanner(GreetingPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
            LlmAdvisor llm, OutgoingChecks checks) {
        this.policy = policy;
        this.tenant = tenant;
        this.lists = lists;
        this.prompts = prompts;
        this.llm = llm;
        this.checks = checks;
    }

    @Override
    public Decision plan(Conversation conversation) {
        Optional<Decision> rule = policy.beforeLlm(tenant, conversation, lists::humans);
        if (rule.isPresent()) {
            return rule.get();
        }
        Map<String, Object> variables = prompts.initialResponse(tenant, conversation);
        OutgoingTextCheck check = checks.forPrompt(PROMPT, variables, conversation, CannedMenu.empty());
        LlmAdvisor.Advice<Greeting> advice = llm.ask(PROMPT, conversation, variables, Greeting.class);
        return advice.available() ? policy.decide(tenant, conversation, advice.value(), check)
                : policy.withoutLlm(tenant);
    }
}
