package com.respondo.replies.policy;

import java.util.Objects;
import java.util.Optional;

import com.respondo.conversation.Conversation;
import com.respondo.outcomes.SatisfactionSurvey;

/**
 * A step's planning with the satisfaction question around it: a customer message that rates the conversation right
 * after the question ({@link SatisfactionSurvey#waitingRating}) is recorded as a deferral that settles the message
 * (ai-reply records it too), giving the rating, never answered as a new question (and no LLM asked); when the tenant
 * asks the question, a farewell that closes the conversation ends with it.
 */
public final class SatisfactionPlanner implements ReplyPlanner {

    /** What the reason of a recorded rating starts with, the score after it. */
    public static final String RATING = "satisfaction rating: ";

    private final ReplyPlanner step;

    private final boolean asks;

    /**
     * @param step the step's own planning
     * @param asks whether the tenant asks the question after its farewells
     */
    public SatisfactionPlanner(ReplyPlanner step, boolean asks) {
        this.step = Objects.requireNonNull(step, "step");
        this.asks = asks;
    }

    @Override
    public Decision plan(Conversation conversation) {
        Optional<SatisfactionSurvey.Rating> rating = SatisfactionSurvey.waitingRating(conversation.messages());
        if (rating.isPresent()) {
            String reason = RATING + rating.get().score();
            return Decision.byRule(new Action.Defer(reason, true), reason);
        }
        Decision decision = step.plan(conversation);
        if (asks && decision.action() instanceof Action.Close close) {
            return decision.acting(new Action.Close(SatisfactionSurvey.withQuestion(close.text())),
                    decision.reason() + "; satisfaction question asked");
        }
        return decision;
    }
}
