package com.respondo.replies.step;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.respondo.jobs.StepFactory;
import com.respondo.replies.policy.ReplyStep;

/**
 * The two steps of the {@code follow-ups} job ({@code follow-up-nudge}, {@code follow-up-close}) as
 * {@link StepFactory} beans, built from what the reply steps are built from and {@code respondo.follow-ups}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FollowUpProperties.class)
class FollowUpStepsConfiguration {

    /** What the follow-up steps remember between runs of the bot's open conversations. */
    @Bean
    FollowUpWatch followUpWatch(Clock clock) {
        return new FollowUpWatch(clock);
    }

    @Bean
    StepFactory followUpNudgeStepFactory(ReplyStepFactory.Dependencies dependencies, FollowUpProperties properties,
            FollowUpWatch watch) {
        List<String> unknown = properties.tenants().keySet().stream()
            .filter(id -> dependencies.tenants().find(id).isEmpty())
            .sorted()
            .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("respondo.follow-ups.tenants names unknown tenant(s) " + unknown
                    + "; the tenants are " + dependencies.tenants().ids() + " (respondo.tempbox.tenants[].id)");
        }
        return new FollowUpStepFactory(ReplyStep.FOLLOW_UP_NUDGE, dependencies, properties, watch);
    }

    @Bean
    StepFactory followUpCloseStepFactory(ReplyStepFactory.Dependencies dependencies, FollowUpProperties properties,
            FollowUpWatch watch) {
        return new FollowUpStepFactory(ReplyStep.FOLLOW_UP_CLOSE, dependencies, properties, watch);
    }
}
