package com.respondo.jobs;

import java.util.List;

/**
 * A job execution just launched: it runs in the background.
 *
 * @param executionId the Spring Batch job execution id
 * @param job the job's name
 * @param tenants the tenants it covers
 */
public record Launch(long executionId, String job, List<String> tenants) {

    public Launch {
        tenants = List.copyOf(tenants);
    }
}
