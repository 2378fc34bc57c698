package com.respondo.replies.policy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;

/**
 * ai-reply's planning: a customer asking for a human is handed off by {@link AiReplyPolicy}'s rule with no LLM call;
 * otherwise the LLM decides from {@code prompts/ai-reply.st} with the canned messages, the free agenda slots and the
 * conversation, and the policy follows its answer or hands off; while the LLM is unavailable the conversation waits
 * for the next run, then is handed off. The hand-off target is the tenant's configured attendants, else TempBox's
 * list of the bot's human team mates (asked for only when none is configured). No follow-up is scheduled in a
 * conversation a human attendant has joined.
 */
public final class AiReplyPlanner implements ReplyPlanner {

    static final String PROMPT = "ai-reply";

    private final AiReplyPolicy policy;

    private final TenantProfile tenant;

    private final TenantListCache lists;

    private final ReplyPrompts prompts;

    private final LlmAdvisor llm;

    private final OutgoingChecks checks;

    private final ReplySettings settings;

    private final Clock clock;

    public AiReplyPlanner(AiReplyPolicy policy, TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts,
            LlmAdvisor llm, OutgoingChecks checks, ReplySettings settings, Clock clock) {
        this.policy = policy;
        this.tenant = tenant;
        this.lists = lists;
        this.prompts = prompts;
        this.llm = llm;
        this.checks = checks;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Decision plan(Conversation conversation) {
        List<String> humans = tenant.handoffAttendantIds().isEmpty() ? lists.humans() : List.of();
        Optional<Decision> rule = policy.beforeLlm(tenant, conversation, humans);
        if (rule.isPresent()) {
            return rule.get();
        }
        CannedMenu menu = CannedMenu.of(lists.canned(), conversation.plataforma());
        AgendaOptions agenda = AgendaOptions.of(lists.agenda(), clock.instant(), settings.maxAgendaSlots());
        Map<String, Object> variables = prompts.aiReply(tenant, menu, agenda, conversation);
        OutgoingTextCheck check = checks.forPrompt(PROMPT, variables, conversation, menu);
        LlmAdvisor.Advice<AiDecision> advice = llm.ask(PROMPT, conversation, variables, AiDecision.class);
        if (!advice.available()) {
            return policy.withoutLlm(tenant, conversation, humans);
        }
        return policy.withoutFollowUpOnceHumanJoined(policy.decide(tenant, agenda, advice.value(), humans, check),
                conversation, tenant.botAttendantId());
    }
}
