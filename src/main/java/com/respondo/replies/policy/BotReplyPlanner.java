package com.respondo.replies.policy;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;

/**
 * bot-reply's planning: the tenant's canned messages fit for the conversation's channel, {@link BotReplyPolicy}'s
 * rules first (a human request or no canned message defers to ai-reply), then the LLM's choice from
 * {@code prompts/bot-choice.st}, or the keyword/menu fallback when the LLM is unavailable. A canned message equal to
 * the bot's previous message is not sent again: ai-reply answers instead.
 */
public final class BotReplyPlanner extends PromptedPlanner<CannedChoice> {

    static final String PROMPT = "bot-choice";

    private final BotReplyPolicy policy;

    public BotReplyPlanner(BotReplyPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
            LlmAdvisor llm, OutgoingChecks checks) {
        super(PROMPT, CannedChoice.class, tenant, lists, prompts, llm, checks);
        this.policy = policy;
    }

    @Override
    Optional<Decision> beforeLlm(Conversation conversation) {
        return policy.beforeLlm(conversation, menu(conversation), tenant.botAttendantId());
    }

    @Override
    Prompt prompt(Conversation conversation) {
        CannedMenu menu = menu(conversation);
        return Prompt.of(prompts.botChoice(tenant, menu, conversation), menu);
    }

    @Override
    Decision decide(Conversation conversation, Prompt prompt, @Nullable CannedChoice choice, OutgoingTextCheck check) {
        return policy.withoutRepeat(policy.decide(prompt.menu(), choice, check), conversation,
                tenant.botAttendantId());
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
