package com.respondo.replies.policy;

import java.util.Map;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;

/**
 * bot-reply's planning: the tenant's canned messages fit for the conversation's channel, {@link BotReplyPolicy}'s
 * rules first (a human request or no canned message defers to ai-reply), then the LLM's choice from
 * {@code prompts/bot-choice.st}, or the keyword/menu fallback when the LLM is unavailable.
 */
public final class BotReplyPlanner implements ReplyPlanner {

    static final String PROMPT = "bot-choice";

    private final BotReplyPolicy policy;

    private final TenantProfile tenant;

    private final TenantListCache lists;

    private final ReplyPrompts prompts;

    private final LlmAdvisor llm;

    private final OutgoingChecks checks;

    public BotReplyPlanner(BotReplyPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
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
        CannedMenu menu = CannedMenu.of(lists.canned(), conversation.plataforma());
        Optional<Decision> rule = policy.beforeLlm(conversation, menu);
        if (rule.isPresent()) {
            return rule.get();
        }
        Map<String, Object> variables = prompts.botChoice(tenant, menu, conversation);
        OutgoingTextCheck check = checks.forPrompt(PROMPT, variables, conversation, menu);
        LlmAdvisor.Advice<CannedChoice> advice = llm.ask(PROMPT, conversation, variables, CannedChoice.class);
        return advice.available() ? policy.decide(menu, advice.value(), check)
                : policy.withoutLlm(tenant, conversation, menu, check);
    }
}
