package com.respondo.jobs;

import java.util.Collection;

/**
 * A launch asked for a tenant the job does not serve.
 */
public class UnknownTenantException extends RuntimeException {

    private final String job;

    private final String tenant;

    UnknownTenantException(String job, String tenant, Collection<String> served) {
        super("Job '" + job + "' does not serve tenant '" + tenant + "' (its tenants: " + String.join(", ", served)
                + ")");
        this.job = job;
        this.tenant = tenant;
    }

    public String job() {
        return job;
    }

    public String tenant() {
        return tenant;
    }
}
