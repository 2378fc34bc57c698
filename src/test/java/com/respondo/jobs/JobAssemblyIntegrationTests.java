package com.respondo.jobs;

import java.util.List;

import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@RespondoIntegrationTest
class JobAssemblyIntegrationTests {

    @Autowired
    JobLaunches launches;

    @Autowired
    JobHistory history;

    @Autowired
    JobCatalog catalog;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobRegistry jobRegistry;

    @AfterEach
    void reset() {
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void aJobRunsItsStepsInOrderWithOnePartitionPerTenantAndAddsUpTheCounts() {
        Launch launch = launches.launch("replies", null);

        ExecutionView execution = Executions.ended(history, launch.executionId());

        assertThat(launch.tenants()).containsExactly("loja-aurora", "padaria-sol");
        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(execution.tenants()).containsExactly("loja-aurora", "padaria-sol");
        assertThat(execution.trigger()).isEqualTo("admin");
        assertThat(execution.steps()).extracting(ExecutionView.StepView::name, ExecutionView.StepView::status,
                ExecutionView.StepView::readCount, ExecutionView.StepView::writeCount,
                ExecutionView.StepView::filterCount, ExecutionView.StepView::skipCount)
            .containsExactly(tuple("initial-response", "COMPLETED", 6L, 4L, 2L, 0L),
                    tuple("bot-reply", "COMPLETED", 6L, 4L, 2L, 0L), tuple("ai-reply", "COMPLETED", 6L, 4L, 2L, 0L));
        assertThat(execution.steps().get(0).partitions())
            .extracting(ExecutionView.PartitionView::tenant, ExecutionView.PartitionView::readCount,
                    ExecutionView.PartitionView::writeCount)
            .containsExactlyInAnyOrder(tuple("loja-aurora", 3L, 2L), tuple("padaria-sol", 3L, 2L));
        assertThat(steps.written("ai-reply", "loja-aurora")).containsExactly("loja-aurora-m1", "loja-aurora-m2");
        assertThat(steps.written("ai-reply", "padaria-sol")).containsExactly("padaria-sol-m1", "padaria-sol-m2");
    }

    @Test
    void eachPartitionGetsAFreshWorkerWithItsTenantAndTheJobFilesSettings() {
        Launch launch = launches.launch("data-collection", null);

        Executions.ended(history, launch.executionId());

        assertThat(steps.partitionsSeen()).containsExactlyInAnyOrder(Partition.wholeTenant("loja-aurora"),
                Partition.wholeTenant("padaria-sol"));
        assertThat(steps.settingsSeen()).containsOnly(
                new StepSettings("data-collection", "data-collection", StepMode.LOCAL, 20, 4));
        assertThat(jobRepository.getJobExecution(launch.executionId()).getStepExecutions())
            .extracting(step -> step.getStepName())
            .containsExactlyInAnyOrder("data-collection", "data-collection:loja-aurora",
                    "data-collection:padaria-sol");
    }

    @Test
    void aLaunchForOneTenantRunsOnlyItsPartition() {
        Launch launch = launches.launch("data-collection", "padaria-sol");

        ExecutionView execution = Executions.ended(history, launch.executionId());

        assertThat(execution.tenants()).containsExactly("padaria-sol");
        assertThat(execution.steps().get(0).partitions()).extracting(ExecutionView.PartitionView::tenant)
            .containsExactly("padaria-sol");
        assertThat(execution.steps().get(0).readCount()).isEqualTo(3);
        assertThat(steps.written("data-collection", "loja-aurora")).isEmpty();
    }

    @Test
    void aFailingPartitionFailsItsStepAndStopsTheJobThere() {
        steps.failFor("padaria-sol");

        ExecutionView execution = Executions.ended(history, launches.launch("replies", null).executionId());

        assertThat(execution.status()).isEqualTo("FAILED");
        assertThat(execution.steps()).extracting(ExecutionView.StepView::name).containsExactly("initial-response");
        assertThat(execution.steps().get(0).partitions())
            .extracting(ExecutionView.PartitionView::tenant, ExecutionView.PartitionView::status)
            .containsExactlyInAnyOrder(tuple("loja-aurora", "COMPLETED"), tuple("padaria-sol", "FAILED"));
    }

    @Test
    void theJobsAreKnownToSpringBatch() {
        assertThat(catalog.definitions()).extracting(JobDefinition::name)
            .containsExactly("data-collection", "follow-ups", "replies");
        assertThat(jobRegistry.getJobNames()).contains("data-collection", "follow-ups", "replies");
        assertThat(List.copyOf(catalog.jobs().keySet())).containsExactly("data-collection", "follow-ups", "replies");
    }
}
