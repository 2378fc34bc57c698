package com.respondo.replies.step;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.PreviewedStep;
import com.respondo.replies.ReplyPreview;
import com.respondo.replies.policy.ActionKind;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.TenantListCache;
import com.respondo.replies.policy.TurnAnswers;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.replies.policy.WaitingStatus;
import com.respondo.tempbox.Tenant;

/**
 * The {@link ReplyPreview} on the job's own planners ({@link ReplyPlanners}), dated by a clock fixed at the instant
 * asked: the waiting rule picks the first step, a start hands the turn to bot-reply, a deferring bot-reply to
 * ai-reply, as one run of the {@code replies} job would. It reads TempBox's lists and asks the LLM; it claims and
 * posts nothing.
 */
final class PlannerPreview implements ReplyPreview {

    private final ReplyStepFactory.Dependencies dependencies;

    PlannerPreview(ReplyStepFactory.Dependencies dependencies) {
        this.dependencies = dependencies;
    }

    @Override
    public List<PreviewedStep> preview(Conversation conversation, Instant now) {
        Tenant tenant = dependencies.tenants().get(conversation.tenantId());
        TenantProfile profile = dependencies.profiles().profile(tenant.id());
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        WaitingStatus status = new WaitingRule(dependencies.properties().replySettings())
            .evaluate(conversation, profile.botAttendantId(), now);
        if (!status.isWaiting()) {
            return List.of();
        }
        TenantListCache lists = new TenantListCache(dependencies.client(), tenant);
        // the turn's own kept answer, as the job's steps share theirs; never the live steps' store
        TurnAnswers turns = new TurnAnswers(clock, dependencies.properties().turnReuseMaxAge(), 4);
        List<PreviewedStep> steps = new ArrayList<>();
        Conversation waiting = conversation;
        if (status.isFor(ReplyStep.INITIAL_RESPONSE)) {
            Decision greeting = plan(ReplyStep.INITIAL_RESPONSE, tenant, profile, lists, clock, turns, waiting, steps);
            if (greeting.kind() != ActionKind.START) {
                return steps;
            }
            waiting = startedByBot(conversation, profile.botAttendantId());
        }
        Decision canned = plan(ReplyStep.BOT_REPLY, tenant, profile, lists, clock, turns, waiting, steps);
        if (canned.deferred()) {
            plan(ReplyStep.AI_REPLY, tenant, profile, lists, clock, turns, waiting, steps);
        }
        return steps;
    }

    /** The conversation as the next step reads it once initial-response started it (IniciarAtendimento). */
    private static Conversation startedByBot(Conversation c, String bot) {
        return c.withOwner(bot);
    }

    private Decision plan(ReplyStep step, Tenant tenant, TenantProfile profile, TenantListCache lists, Clock clock,
            TurnAnswers turns, Conversation conversation, List<PreviewedStep> steps) {
        Decision decision = ReplyPlanners.planner(step, tenant, profile, lists, dependencies, clock, turns)
            .plan(conversation);
        steps.add(new PreviewedStep(step.stepName(), decision.kind().name(), decision.basis().name(),
                decision.confidence(), decision.reason(), decision.action().outgoingTexts(), decision.sources()));
        return decision;
    }
}
