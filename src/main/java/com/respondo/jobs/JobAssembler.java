package com.respondo.jobs;

import java.util.Iterator;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.TaskExecutor;

/**
 * Turns a job definition into a Spring Batch job named after it, whose steps run in order, each a partitioned step
 * named after the job file's step: one partition per tenant, run on the bounded partition pool, the worker built by
 * the step's {@link StepFactory}; the workers' counts add up on the manager step.
 */
final class JobAssembler {

    private final JobRepository jobRepository;

    private final Map<String, StepFactory> factories;

    private final TaskExecutor partitionExecutor;

    private final JobExecutionListener listener;

    JobAssembler(JobRepository jobRepository, Map<String, StepFactory> factories, TaskExecutor partitionExecutor,
            JobExecutionListener listener) {
        this.jobRepository = jobRepository;
        this.factories = Map.copyOf(factories);
        this.partitionExecutor = partitionExecutor;
        this.listener = listener;
    }

    Job assemble(JobDefinition definition) {
        Iterator<StepDefinition> steps = definition.steps().iterator();
        SimpleJobBuilder job = new JobBuilder(definition.name(), jobRepository).listener(listener)
            .start(managerStep(definition, steps.next()));
        while (steps.hasNext()) {
            job = job.next(managerStep(definition, steps.next()));
        }
        return job.build();
    }

    private Step managerStep(JobDefinition definition, StepDefinition step) {
        StepFactory factory = factories.get(step.name());
        if (factory == null) {
            throw new IllegalStateException("No StepFactory for step " + step.name());
        }
        PartitionWorkerStep worker = new PartitionWorkerStep(factory, definition.settings(step), jobRepository);
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(partitionExecutor);
        return new StepBuilder(step.name(), jobRepository).partitioner(worker)
            .splitter(new TenantSplitter(jobRepository, step.name()))
            .partitionHandler(handler)
            .build();
    }
}
