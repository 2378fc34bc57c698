package com.respondo.replies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two executions of the {@code replies} job for the same tenant at the same time (the launcher's overlap guard
 * bypassed by starting them through the job operator directly): the ledger still lets every waiting customer message
 * get exactly one answer.
 */
@RepliesIntegrationTest
class ConcurrentRunsIntegrationTests {

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @Autowired
    JobRegistry jobRegistry;

    @Autowired
    JobOperator jobOperator;

    @Test
    void twoSimultaneousRunsAnswerEveryWaitingCustomerMessageExactlyOnce() throws Exception {
        scenario.reset();
        llm.apply(llm.settings().withLatency(Duration.ofMillis(40)));
        UUID aurora = scenario.company(AURORA).empresa();
        List<SeededConversation> waiting = Stream.concat(
                scenario.sandbox.seedWaitingConversations(aurora, 16, Duration.ofMinutes(1)).stream(),
                scenario.sandbox.seedNewConversations(aurora, 8, Duration.ofMinutes(1)).stream())
            .toList();
        scenario.mark();
        Job replies = jobRegistry.getJob("replies");

        List<JobExecution> executions = simultaneously(2, () -> jobOperator.start(replies,
                new JobParametersBuilder().addString("tenants", AURORA)
                    .addString("launch", UUID.randomUUID().toString())
                    .toJobParameters()));

        assertThat(executions).extracting(JobExecution::getStatus).containsOnly(BatchStatus.COMPLETED);
        Map<UUID, Long> answers = scenario.posted("EnviarMensagem")
            .stream()
            .filter(PostedCall::stored)
            .collect(Collectors.groupingBy(PostedCall::inReplyTo, Collectors.counting()));
        assertThat(answers).containsExactlyInAnyOrderEntriesOf(
                waiting.stream().collect(Collectors.toMap(SeededConversation::mensagem, conversation -> 1L)));
    }

    private static List<JobExecution> simultaneously(int runs, Launch launch) throws Exception {
        CyclicBarrier start = new CyclicBarrier(runs);
        List<CompletableFuture<JobExecution>> futures = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    return launch.start();
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            }));
        }
        List<JobExecution> executions = new ArrayList<>();
        for (CompletableFuture<JobExecution> future : futures) {
            executions.add(future.get(120, TimeUnit.SECONDS));
        }
        return executions;
    }

    @FunctionalInterface
    private interface Launch {

        JobExecution start() throws Exception;
    }
}
