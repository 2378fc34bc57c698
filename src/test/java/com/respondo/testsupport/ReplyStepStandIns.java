package com.respondo.testsupport;

import com.respondo.jobs.StepFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Fake steps for the reply steps of the {@code replies} and {@code follow-ups} jobs, for full-context tests of the other features:
 * they replace the application's reply step factories (when there are any) and keep every other real step.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReplyStepStandIns {

    @Bean
    static StepFactoryReplacement replyStepsReplaced() {
        return StepFactoryReplacement.keepingOnly("com.respondo.testsupport", "com.respondo.datacollection");
    }

    @Bean
    FakeSteps fakeSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new FakeSteps(jobRepository, transactionManager);
    }

    @Bean
    StepFactory initialResponseStandIn(FakeSteps steps) {
        return steps.factory("initial-response");
    }

    @Bean
    StepFactory botReplyStandIn(FakeSteps steps) {
        return steps.factory("bot-reply");
    }

    @Bean
    StepFactory aiReplyStandIn(FakeSteps steps) {
        return steps.factory("ai-reply");
    }

    @Bean
    StepFactory followUpNudgeStandIn(FakeSteps steps) {
        return steps.factory("follow-up-nudge");
    }

    @Bean
    StepFactory followUpCloseStandIn(FakeSteps steps) {
        return steps.factory("follow-up-close");
    }
}
