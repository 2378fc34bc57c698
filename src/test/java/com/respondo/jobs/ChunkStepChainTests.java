package com.respondo.jobs;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkStepChainTests {

    private final ResourcelessJobRepository jobRepository = new ResourcelessJobRepository();

    private final ChunkStepChain chain = new ChunkStepChain(jobRepository, new ResourcelessTransactionManager());

    private final StepSettings settings = new StepSettings("job", "worker", StepMode.LOCAL, 2, 1);

    private final Queue<String> events = new ConcurrentLinkedQueue<>();

    @Test
    void writesWhatItReadsWhenTheVariantHasNoProcessor() throws Exception {
        Step step = chain.build(settings, ChunkStepParts.of(new ListItemReader<>(List.of("a", "b", "c")),
                chunk -> chunk.forEach(item -> events.add("wrote " + item))));

        StepExecution execution = run(step);

        assertThat(step.getName()).isEqualTo("worker");
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getCommitCount()).as("chunks of two").isEqualTo(2);
        assertThat(events).containsExactly("wrote a", "wrote b", "wrote c");
    }

    @Test
    void skipsWhatTheSkipPolicyAllowsAndTellsItsListenersInOrder() throws Exception {
        Skipped skipped = new Skipped();
        Step step = chain.build(settings, ChunkStepParts.<String, String>of(
                new ListItemReader<>(List.of("a", "bad", "c")), item -> {
                    if (item.equals("bad")) {
                        throw new IllegalStateException("unusable");
                    }
                    return item.toUpperCase();
                }, chunk -> chunk.forEach(item -> events.add("wrote " + item)))
            .skipping(skipped)
            .listeners(listener("first"), listener("second")));

        StepExecution execution = run(step);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getSkipCount()).isEqualTo(1);
        assertThat(events).containsExactly("before first", "before second", "skipped bad", "wrote A", "wrote C",
                "after second", "after first");
    }

    @Test
    void failsOnAnUnusableItemWhenTheVariantSkipsNothing() throws Exception {
        Step step = chain.build(settings, ChunkStepParts.<String, String>of(new ListItemReader<>(List.of("bad")),
                item -> {
                    throw new IllegalStateException("unusable");
                }, chunk -> chunk.forEach(item -> events.add("wrote " + item))));

        StepExecution execution = run(step);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(events).isEmpty();
    }

    @Test
    void countsTheItemsReadButNotYetCommittedWhileAChunkIsProcessed() throws Exception {
        List<Long> inFlightSeen = new CopyOnWriteArrayList<>();
        Step step = chain.build(settings, ChunkStepParts.<String, String>of(
                new ListItemReader<>(List.of("a", "b", "c")), item -> {
                    StepExecution running = StepSynchronizationManager.getContext().getStepExecution();
                    inFlightSeen.add(StepProgress.inFlight(running));
                    return item;
                }, chunk -> chunk.forEach(item -> events.add("wrote " + item))));

        StepExecution execution = run(step);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(inFlightSeen).as("a chunk of two read, then the last item alone").containsExactly(2L, 2L, 1L);
        assertThat(StepProgress.inFlight(execution)).as("nothing in flight once the step ended").isZero();
    }

    private StepExecution run(Step step) throws Exception {
        JobInstance instance = jobRepository.createJobInstance("job", new JobParameters());
        JobExecution jobExecution = jobRepository.createJobExecution(instance, new JobParameters(),
                new ExecutionContext());
        StepExecution execution = jobRepository.createStepExecution("worker", jobExecution);
        step.execute(execution);
        return execution;
    }

    private StepExecutionListener listener(String name) {
        return new StepExecutionListener() {

            @Override
            public void beforeStep(StepExecution stepExecution) {
                events.add("before " + name);
            }

            @Override
            public ExitStatus afterStep(StepExecution stepExecution) {
                events.add("after " + name);
                return stepExecution.getExitStatus();
            }
        };
    }

    private final class Skipped implements SkipPolicy, SkipListener<String, String> {

        @Override
        public boolean shouldSkip(Throwable failure, long skipCount) {
            return failure instanceof IllegalStateException;
        }

        @Override
        public void onSkipInProcess(String item, Throwable failure) {
            events.add("skipped " + item);
        }
    }
}
