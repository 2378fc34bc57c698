package com.respondo.jobs;

/**
 * One step of a job file.
 *
 * @param name the step's name, which is also the Spring Batch step's name
 * @param mode where its work happens
 */
public record StepDefinition(String name, StepMode mode) {
}
