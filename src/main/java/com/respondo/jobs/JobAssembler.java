package com.respondo.jobs;

import java.util.Iterator;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.integration.core.MessagingTemplate;

/**
 * Turns a job definition into a Spring Batch job named after it, whose steps run in order, each a partitioned step
 * named after the job file's step: one partition per tenant and bucket ({@link TenantSplitter}), sent as requests
 * through the database-backed queue to whichever instance has a free partition thread ({@link PartitionClaims}, this
 * one included), the worker built there by the step's {@link StepFactory}; the manager polls the job repository for
 * the partitions' results, and the workers' counts add up on the manager step. The job and its manager steps are
 * observed: Spring Batch's {@code spring.batch.job} and {@code spring.batch.step} timers (and their {@code .active}
 * long-task timers) in the meter registry, by job, step and status.
 */
final class JobAssembler {

    private final JobRepository jobRepository;

    private final Map<String, StepFactory> factories;

    private final PartitionWorkers workers;

    private final MessagingTemplate requests;

    private final JobsProperties.Partitions partitions;

    private final PartitionSigns signs;

    private final JobExecutionListener listener;

    private final ObservationRegistry observations;

    JobAssembler(JobRepository jobRepository, Map<String, StepFactory> factories, PartitionWorkers workers,
            MessagingTemplate requests, JobsProperties.Partitions partitions, PartitionSigns signs,
            JobExecutionListener listener, ObservationRegistry observations) {
        this.jobRepository = jobRepository;
        this.factories = Map.copyOf(factories);
        this.workers = workers;
        this.requests = requests;
        this.partitions = partitions;
        this.signs = signs;
        this.listener = listener;
        this.observations = observations;
    }

    Job assemble(JobDefinition definition) {
        Iterator<StepDefinition> steps = definition.steps().iterator();
        SimpleJobBuilder job = new JobBuilder(definition.name(), jobRepository).observationRegistry(observations)
            .listener(listener)
            .listener(new RunSummary())
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
        PartitionWorkerStep worker = new PartitionWorkerStep(factory, definition.settings(step), jobRepository,
                workers);
        workers.register(definition.name(), step.name(), worker);
        SettlingPartitionHandler handler = new SettlingPartitionHandler(jobRepository, partitions.pollInterval(),
                signs, partitions.lease());
        handler.setStepName(PartitionWorkers.workerName(definition.name(), step.name()));
        handler.setMessagingOperations(requests);
        try {
            handler.afterPropertiesSet();
        }
        catch (Exception ex) {
            throw new IllegalStateException("Cannot set up the partitions of step " + step.name(), ex);
        }
        return new StepBuilder(step.name(), jobRepository).observationRegistry(observations)
            .partitioner(worker)
            .splitter(new TenantSplitter(jobRepository, step.name(), partitions::bucketsOf))
            .partitionHandler(handler)
            .build();
    }
}
