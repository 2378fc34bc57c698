package com.respondo.jobs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.batch.core.job.Job;

/**
 * Respondo's jobs: each definition read from {@code jobs/*.yml} and the Spring Batch job assembled from it.
 */
public class JobCatalog {

    private final Map<String, JobDefinition> definitions = new LinkedHashMap<>();

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    JobCatalog(List<JobDefinition> definitions, Function<JobDefinition, Job> assembler) {
        for (JobDefinition definition : definitions) {
            this.definitions.put(definition.name(), definition);
            this.jobs.put(definition.name(), assembler.apply(definition));
        }
    }

    /**
     * Every job, in name order.
     */
    public List<JobDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /**
     * One job's definition, if there is a job of that name.
     */
    public Optional<JobDefinition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    /**
     * The Spring Batch jobs, by name.
     */
    Map<String, Job> jobs() {
        return Collections.unmodifiableMap(jobs);
    }

    Job job(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            throw new UnknownJobException(name, definitions.keySet());
        }
        return job;
    }
}
