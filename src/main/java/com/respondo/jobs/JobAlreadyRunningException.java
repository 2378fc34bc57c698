package com.respondo.jobs;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A launch refused because an execution of the job already runs for one of the requested tenants, or because
 * another launch of the job is being decided at this moment (here or on another instance).
 */
public class JobAlreadyRunningException extends RuntimeException {

    private final String job;

    private final Set<Long> runningExecutionIds;

    private JobAlreadyRunningException(String job, String message, Set<Long> runningExecutionIds) {
        super(message);
        this.job = job;
        this.runningExecutionIds = Set.copyOf(runningExecutionIds);
    }

    static JobAlreadyRunningException running(String job, Map<String, Long> executionByTenant) {
        return new JobAlreadyRunningException(job, "Job '" + job + "' is already running for tenant(s) "
                + String.join(", ", new TreeSet<>(executionByTenant.keySet())) + " (execution(s) "
                + new TreeSet<>(executionByTenant.values()) + ")", Set.copyOf(executionByTenant.values()));
    }

    static JobAlreadyRunningException launching(String job) {
        return new JobAlreadyRunningException(job,
                "Another launch of job '" + job + "' is being decided right now: try again", Set.of());
    }

    public String job() {
        return job;
    }

    /**
     * The executions in the way (empty when another launch was being decided).
     */
    public Set<Long> runningExecutionIds() {
        return runningExecutionIds;
    }
}
