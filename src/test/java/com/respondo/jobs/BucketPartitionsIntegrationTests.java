package com.respondo.jobs;

import java.time.Duration;
import java.util.List;

import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeSteps;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code respondo.jobs.partitions}: one tenant's work split into bucket partitions, each a step execution of its own
 * that went through the partition request queue; a restart redoes only the partitions that failed, under the same
 * names; a stop ends the execution even though partitions still wait in the queue (one partition thread here).
 */
@RespondoIntegrationTest
@TestPropertySource(properties = { "respondo.jobs.partitions.tenant-buckets.loja-aurora=3",
        "respondo.jobs.partition-threads=1" })
class BucketPartitionsIntegrationTests {

    @Autowired
    JobLaunches launches;

    @Autowired
    JobHistory history;

    @Autowired
    FakeSteps steps;

    @Autowired
    JobRepository jobRepository;

    @AfterEach
    void reset() {
        steps.reset();
        Executions.noneRunning(jobRepository, "replies", "data-collection");
    }

    @Test
    void aTenantWithThreeBucketsRunsThreePartitionsOfEachStepAndTheOthersOne() {
        Launch launch = launches.launch("data-collection", null);

        ExecutionView execution = Executions.ended(history, launch.executionId());

        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(steps.partitionsSeen()).containsExactlyInAnyOrder(new Partition("loja-aurora", 0, 3),
                new Partition("loja-aurora", 1, 3), new Partition("loja-aurora", 2, 3),
                Partition.wholeTenant("padaria-sol"));
        assertThat(partitionNames(launch.executionId())).containsExactlyInAnyOrder(
                "data-collection:loja-aurora#1of3", "data-collection:loja-aurora#2of3",
                "data-collection:loja-aurora#3of3", "data-collection:padaria-sol");
        assertThat(execution.steps().get(0).partitions()).extracting(ExecutionView.PartitionView::tenant)
            .containsExactlyInAnyOrder("loja-aurora", "loja-aurora", "loja-aurora", "padaria-sol");
    }

    @Test
    void aRestartRedoesOnlyTheFailedPartitionsUnderTheirNames() {
        steps.failFor("padaria-sol");
        Launch launch = launches.launch("data-collection", null);
        assertThat(Executions.ended(history, launch.executionId()).status()).isEqualTo("FAILED");
        steps.reset();

        Launch restart = launches.restart(launch.executionId());

        assertThat(Executions.ended(history, restart.executionId()).status()).isEqualTo("COMPLETED");
        assertThat(partitionNames(restart.executionId())).containsExactly("data-collection:padaria-sol");
        assertThat(steps.partitionsSeen()).containsExactly(Partition.wholeTenant("padaria-sol"));
    }

    @Test
    void aStoppedExecutionEndsWithItsQueuedPartitionsStoppedAndARestartRunsThem() {
        steps.close("data-collection");
        Launch launch = launches.launch("data-collection", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> steps.partitionsSeen().size() == 1);

        launches.stop(launch.executionId());
        steps.open("data-collection");

        ExecutionView stopped = Executions.ended(history, launch.executionId());
        assertThat(stopped.status()).isEqualTo("STOPPED");
        assertThat(stopped.steps().get(0).partitions()).hasSize(4)
            .extracting(ExecutionView.PartitionView::status)
            .containsOnly("STOPPED");
        assertThat(steps.partitionsSeen()).as("the queued partitions never ran").hasSize(1);

        steps.reset();
        Launch restart = launches.restart(launch.executionId());
        assertThat(Executions.ended(history, restart.executionId()).status()).isEqualTo("COMPLETED");
        assertThat(partitionNames(restart.executionId())).hasSize(4);
    }

    private List<String> partitionNames(long executionId) {
        return jobRepository.getJobExecution(executionId)
            .getStepExecutions()
            .stream()
            .map(StepExecution::getStepName)
            .filter(name -> name.contains(":"))
            .toList();
    }
}
