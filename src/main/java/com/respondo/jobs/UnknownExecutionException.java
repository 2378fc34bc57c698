package com.respondo.jobs;

/**
 * No execution of Respondo's jobs has that id.
 */
public class UnknownExecutionException extends RuntimeException {

    private final long executionId;

    public UnknownExecutionException(long executionId) {
        super("No execution of Respondo's jobs has id " + executionId);
        this.executionId = executionId;
    }

    public long executionId() {
        return executionId;
    }
}
