package com.respondo.testsupport;

import java.util.List;
import java.util.Set;

import com.respondo.jobs.StepFactory;
import com.respondo.jobs.TenantDirectory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the jobs need from features built elsewhere, for tests: two tenants ({@code loja-aurora}, {@code padaria-sol})
 * and a fake {@link StepFactory} for each of the four steps, standing in for the real ones (which are removed from
 * the context).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeJobsConfiguration {

    public static final List<String> TENANTS = List.of("loja-aurora", "padaria-sol");

    private static final Set<String> FAKE_STEP_BEANS = Set.of("initialResponseStep", "botReplyStep", "aiReplyStep",
            "dataCollectionStep");

    /** Removes every {@link StepFactory} bean but the fakes, so that each step name has exactly one factory. */
    @Bean
    static BeanFactoryPostProcessor onlyFakeSteps() {
        return beanFactory -> {
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
            for (String name : beanFactory.getBeanNamesForType(StepFactory.class, true, false)) {
                if (!FAKE_STEP_BEANS.contains(name)) {
                    registry.removeBeanDefinition(name);
                }
            }
        };
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
}
