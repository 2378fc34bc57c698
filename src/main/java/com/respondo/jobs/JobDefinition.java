package com.respondo.jobs;

import java.util.List;

/**
 * One job, as its file in {@code jobs/} declares it (validated).
 *
 * @param name the job's name: its file name without {@code .yml}
 * @param description what the job is for
 * @param schedule when it runs by itself
 * @param enabled whether the schedule is active (a disabled job can still be launched on demand)
 * @param steps its steps, run in order
 * @param chunkSize items per chunk
 * @param concurrency items in flight at once per tenant
 * @param tenants the tenants it serves ({@code all} resolved to the configured tenants)
 * @param source where the definition was read from (a classpath location or a file path)
 */
public record JobDefinition(String name, String description, Schedule schedule, boolean enabled,
        List<StepDefinition> steps, int chunkSize, int concurrency, List<String> tenants, String source) {

    public JobDefinition {
        steps = List.copyOf(steps);
        tenants = List.copyOf(tenants);
    }

    /**
     * The settings handed to the factory of one of this job's steps.
     */
    public StepSettings settings(StepDefinition step) {
        return new StepSettings(name, step.name(), step.mode(), chunkSize, concurrency)
            .withLater(steps.subList(steps.indexOf(step) + 1, steps.size()));
    }
}
