package com.respondo.jobs;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step knows the job's later steps, and carries an item through one only when both run here and the launch is not
 * a dry run.
 */
class StepSettingsTests {

    private static final StepDefinition BOT_REPLY = new StepDefinition("bot-reply", StepMode.LOCAL);

    private static final StepDefinition AI_REPLY_REMOTE = new StepDefinition("ai-reply", StepMode.REMOTE);

    private final JobDefinition replies = new JobDefinition("replies", "answers", new Schedule(null,
            Duration.ofSeconds(15)), true, List.of(new StepDefinition("initial-response", StepMode.LOCAL),
                    BOT_REPLY, AI_REPLY_REMOTE), 10, 4, List.of("all"), "test");

    @Test
    void eachStepOfAJobKnowsTheStepsAfterIt() {
        assertThat(replies.settings(replies.steps().get(0)).later()).containsExactly(BOT_REPLY, AI_REPLY_REMOTE);
        assertThat(replies.settings(BOT_REPLY).later()).containsExactly(AI_REPLY_REMOTE);
        assertThat(replies.settings(AI_REPLY_REMOTE).later()).isEmpty();
    }

    @Test
    void onlyLaterLocalStepsOfARealRunAreCarriedThrough() {
        StepSettings initial = replies.settings(replies.steps().get(0));

        assertThat(initial.carriesThrough("bot-reply")).isTrue();
        assertThat(initial.carriesThrough("ai-reply")).as("remote").isFalse();
        assertThat(initial.withDryRun(true).carriesThrough("bot-reply")).as("dry run").isFalse();
        assertThat(replies.settings(BOT_REPLY).carriesThrough("initial-response")).as("not a later step").isFalse();
    }
}
