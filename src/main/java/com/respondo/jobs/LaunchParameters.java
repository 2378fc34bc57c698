package com.respondo.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters of a launch: the tenants it covers and a unique launch id (both identifying, so each launch is a
 * new, restartable job instance), what triggered it, and whether it is a dry run (identifying too: a restart keeps
 * it).
 */
final class LaunchParameters {

    static final String TENANTS = "tenants";

    static final String LAUNCH = "launch";

    static final String TRIGGER = "trigger";

    static final String DRY_RUN = "dryRun";

    private LaunchParameters() {
    }

    static JobParameters of(List<String> tenants, String trigger) {
        return of(tenants, trigger, false);
    }

    static JobParameters of(List<String> tenants, String trigger, boolean dryRun) {
        return new JobParametersBuilder().addString(TENANTS, String.join(",", tenants), true)
            .addString(LAUNCH, UUID.randomUUID().toString(), true)
            .addString(TRIGGER, trigger, false)
            .addString(DRY_RUN, Boolean.toString(dryRun), true)
            .toJobParameters();
    }

    static List<String> tenants(JobParameters parameters) {
        String tenants = parameters.getString(TENANTS, "");
        return tenants.isBlank() ? List.of() : Arrays.asList(tenants.split(","));
    }

    static boolean dryRun(JobParameters parameters) {
        return Boolean.parseBoolean(parameters.getString(DRY_RUN, "false"));
    }
}
