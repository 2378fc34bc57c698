package com.respondo.jobs;

/**
 * What a job file says about one step, handed to its {@link StepFactory}.
 *
 * @param jobName the job (the file name without {@code .yml})
 * @param stepName the step ({@code initial-response}, {@code bot-reply}, ...)
 * @param mode where the work happens
 * @param chunkSize items per chunk (per transaction)
 * @param concurrency items in flight at once per tenant partition
 */
public record StepSettings(String jobName, String stepName, StepMode mode, int chunkSize, int concurrency) {
}
