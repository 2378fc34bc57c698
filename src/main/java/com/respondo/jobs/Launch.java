package com.respondo.jobs;

import java.util.List;

/**
 * A job execution just launched (or restarted): it runs in the background.
 *
 * @param executionId the Spring Batch job execution id
 * @param job the job's name
 * @param tenants the tenants it covers
 * @param dryRun whether it decides without posting anything (see {@link StepSettings#dryRun()})
 */
public record Launch(long executionId, String job, List<String> tenants, boolean dryRun) {

    public Launch {
        tenants = List.copyOf(tenants);
    }
}
