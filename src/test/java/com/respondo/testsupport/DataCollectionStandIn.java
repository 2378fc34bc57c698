package com.respondo.testsupport;

import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepSettings;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A {@code data-collection} step that does nothing, for full-application tests of the other steps while the real one
 * is built elsewhere (the jobs refuse to start with a step name no factory builds); remove it once the real
 * {@code data-collection} StepFactory is on the branch.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DataCollectionStandIn {

    @Bean
    StepFactory dataCollectionStandIn(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepFactory() {

            @Override
            public String stepName() {
                return "data-collection";
            }

            @Override
            public Step workerStep(StepSettings settings, Partition partition) {
                return new StepBuilder(settings.stepName(), jobRepository)
                    .tasklet((contribution, context) -> RepeatStatus.FINISHED, transactionManager)
                    .build();
            }
        };
    }
}
