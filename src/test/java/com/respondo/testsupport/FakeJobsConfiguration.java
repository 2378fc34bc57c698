package com.respondo.testsupport;

import java.util.List;

import com.respondo.jobs.StepFactory;
import com.respondo.jobs.TenantDirectory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the jobs need from features built elsewhere, for tests: two tenants ({@code loja-aurora}, {@code padaria-sol})
 * and a fake {@link StepFactory} for each of the six steps, which replace the application's real ones.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeJobsConfiguration {

    public static final List<String> TENANTS = List.of("loja-aurora", "padaria-sol");

    @Bean
    static StepFactoryReplacement onlyFakeSteps() {
        return StepFactoryReplacement.keepingOnly("com.respondo.testsupport");
    }

    @Bean
    TenantDirectory tenantDirectory() {
        return () -> TENANTS;
    }

    @Bean
    FakeSteps fakeSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new FakeSteps(jobRepository, transactionManager);
    }

    @Bean
    StepFactory initialResponseStep(FakeSteps steps) {
        return steps.factory("initial-response");
    }

    @Bean
    StepFactory botReplyStep(FakeSteps steps) {
        return steps.factory("bot-reply");
    }

    @Bean
    StepFactory aiReplyStep(FakeSteps steps) {
        return steps.factory("ai-reply");
    }

    @Bean
    StepFactory dataCollectionStep(FakeSteps steps) {
        return steps.factory("data-collection");
    }

    @Bean
    StepFactory followUpNudgeStep(FakeSteps steps) {
        return steps.factory("follow-up-nudge");
    }

    @Bean
    StepFactory followUpCloseStep(FakeSteps steps) {
        return steps.factory("follow-up-close");
    }
}
