package com.respondo.replies.step;

import java.time.Clock;

import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.replies.policy.AiReplyPlanner;
import com.respondo.replies.policy.AiReplyPolicy;
import com.respondo.replies.policy.BotReplyPlanner;
import com.respondo.replies.policy.BotReplyPolicy;
import com.respondo.replies.policy.GreetingPlanner;
import com.respondo.replies.policy.GreetingPolicy;
import com.respondo.replies.policy.LlmAdvisor;
import com.respondo.replies.policy.OutgoingChecks;
import com.respondo.replies.policy.ReplyPlanner;
import com.respondo.replies.policy.ReplyPrompts;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.SatisfactionPlanner;
import com.respondo.replies.policy.SourceFinder;
import com.respondo.replies.policy.TenantListCache;
import com.respondo.replies.policy.TurnAnswers;
import com.respondo.tempbox.Tenant;

/**
 * Builds a reply step's planner for a tenant: its policy, prompts, LLM advisor, outgoing checks, TempBox lists, the
 * customer turns' kept answers (one LLM decision a turn), for ai-reply the knowledge sources, and the satisfaction
 * survey's recording of ratings. Written once for the job's steps and for {@link PlannerPreview}.
 */
final class ReplyPlanners {

    private ReplyPlanners() {
    }

    /**
     * The step's planner for the tenant, dated by the clock, reading TempBox's lists through {@code lists} and
     * keeping the turn's LLM answer in {@code turns} for the next step.
     */
    static ReplyPlanner planner(ReplyStep step, Tenant tenant, TenantProfile profile, TenantListCache lists,
            ReplyStepFactory.Dependencies d, Clock clock, TurnAnswers turns) {
        return new SatisfactionPlanner(stepPlanner(step, tenant, profile, lists, d, clock, turns),
                d.survey().asks(tenant.id()));
    }

    private static ReplyPlanner stepPlanner(ReplyStep step, Tenant tenant, TenantProfile profile,
            TenantListCache lists, ReplyStepFactory.Dependencies d, Clock clock, TurnAnswers turns) {
        ReplySettings settings = d.properties().replySettings();
        ReplyPrompts prompts = new ReplyPrompts(settings, clock);
        LlmAdvisor llm = new LlmAdvisor(d.llm(), tenant.id(), step);
        OutgoingChecks checks = new OutgoingChecks(d.templates(), profile, d.secrets(),
                d.properties().tenant(tenant.id()));
        switch (step) {
            case INITIAL_RESPONSE:
                return new GreetingPlanner(new GreetingPolicy(clock), profile, lists, prompts, llm, checks);
            case BOT_REPLY:
                return new BotReplyPlanner(new BotReplyPolicy(settings), profile, lists, prompts, llm, checks,
                        settings, clock, sources(d), turns);
            default:
                return new AiReplyPlanner(new AiReplyPolicy(settings, clock), profile, lists, prompts, llm, checks,
                        settings, clock, sources(d), turns);
        }
    }

    /** ai-reply's sources: the tenant's documents, when this application has a knowledge base. */
    private static SourceFinder sources(ReplyStepFactory.Dependencies d) {
        KnowledgeBase knowledge = d.knowledge();
        return knowledge == null ? SourceFinder.none()
                : new KnowledgeSourceFinder(knowledge, d.properties().sourcesCharBudget());
    }
}
