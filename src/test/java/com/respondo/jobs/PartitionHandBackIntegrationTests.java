package com.respondo.jobs;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.respondo.RespondoApplication;
import com.respondo.testsupport.Executions;
import com.respondo.testsupport.FakeJobsConfiguration;
import com.respondo.testsupport.FakeSteps;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database (two application contexts sharing an in-memory H2): the partitions of an execution
 * launched on one run on both; an instance stopped gracefully (its context closed, as on SIGTERM) stops its partition
 * after the current chunk and gives it back, and the manager sends it to the instances again at once (well before
 * the lease), so the execution completes.
 */
class PartitionHandBackIntegrationTests {

    @Test
    void aGracefullyStoppedInstanceGivesItsPartitionBackAndTheExecutionCompletesElsewhere() throws Exception {
        String database = "jdbc:h2:mem:handback-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext manager = start(database, 1);
                ConfigurableApplicationContext worker = start(database, 4)) {
            FakeSteps managerSteps = manager.getBean(FakeSteps.class);
            FakeSteps workerSteps = worker.getBean(FakeSteps.class);
            managerSteps.close("data-collection");
            workerSteps.close("data-collection");

            Launch launch = manager.getBean(JobLaunches.class).launch("data-collection", null);
            await("one partition on each instance").atMost(Duration.ofSeconds(20))
                .until(() -> managerSteps.partitionsSeen().size() == 1 && workerSteps.partitionsSeen().size() == 1);
            String handedBack = workerSteps.partitionsSeen().get(0).tenant();

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(worker::close);
            await("the worker shutting down").atMost(Duration.ofSeconds(10))
                .until(() -> worker.getBean(PartitionWorkers.class).handingBack());
            workerSteps.open("data-collection");
            stopped.get();
            managerSteps.open("data-collection");

            ExecutionView execution = Executions.ended(manager.getBean(JobHistory.class), launch.executionId());
            assertThat(execution.status()).isEqualTo("COMPLETED");
            assertThat(managerSteps.partitionsSeen()).extracting(Partition::tenant)
                .as("the manager ran its own partition, then the one given back")
                .containsExactlyInAnyOrder("loja-aurora", "padaria-sol");
            assertThat(manager.getBean(JobRepository.class).getJobExecution(launch.executionId()).getStepExecutions())
                .filteredOn(step -> step.getStepName().equals("data-collection:" + handedBack))
                .singleElement()
                .satisfies(step -> assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        }
    }

    private static ConfigurableApplicationContext start(String database, int partitionThreads) {
        return new SpringApplicationBuilder(RespondoApplication.class, FakeJobsConfiguration.class)
            .web(WebApplicationType.NONE)
            .run("--spring.datasource.url=" + database, "--respondo.admin.password=test-admin-password",
                    "--respondo.jobs.partition-threads=" + partitionThreads,
                    "--respondo.jobs.partitions.poll-interval=100ms", "--respondo.jobs.partitions.lease=1m");
    }
}
