package com.respondo.replies.policy;

import java.util.Map;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;

/**
 * Plans one follow-up of a silent customer ({@link FollowUpPolicy}): the nudge written by the LLM from the
 * conversation with {@code prompts/follow-up-nudge.st}, checked like every outgoing text (the tenant's fixed nudge
 * when the LLM is unavailable or its nudge fails), or the tenant's farewell and the close.
 */
public final class FollowUpPlanner {

    static final String PROMPT = "follow-up-nudge";

    private final TenantProfile tenant;

    private final FollowUpSettings settings;

    private final ReplyPrompts prompts;

    private final LlmAdvisor llm;

    private final OutgoingChecks checks;

    public FollowUpPlanner(TenantProfile tenant, FollowUpSettings settings, ReplyPrompts prompts, LlmAdvisor llm,
            OutgoingChecks checks) {
        this.tenant = tenant;
        this.settings = settings;
        this.prompts = prompts;
        this.llm = llm;
        this.checks = checks;
    }

    /** The decision for the follow-up due in the conversation. */
    public Decision plan(Conversation conversation, FollowUpPolicy.Due due) {
        if (due.phase() == FollowUpPolicy.Phase.CLOSE) {
            return FollowUpPolicy.close(settings);
        }
        Map<String, Object> variables = prompts.followUpNudge(tenant, conversation);
        OutgoingTextCheck check = checks.forPrompt(PROMPT, variables, conversation, CannedMenu.empty());
        LlmAdvisor.Advice<FollowUpNudge> advice = llm.ask(PROMPT, conversation, variables, FollowUpNudge.class);
        String lastBotText = FollowUpPolicy.silence(conversation, tenant.botAttendantId())
            .map(silence -> silence.newestBotMessage().text())
            .orElse(null);
        return FollowUpPolicy.nudge(advice.value(), advice.available(), check, settings, lastBotText)
            .after(advice.call());
    }
}
