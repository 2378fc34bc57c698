package com.respondo.jobs;

/**
 * A stop or restart refused because of where the execution stands: stopping one that is not running, restarting one
 * that completed, runs, or was already restarted.
 */
public class ExecutionStateException extends RuntimeException {

    private final long executionId;

    private final String status;

    ExecutionStateException(long executionId, String status, String message) {
        super(message);
        this.executionId = executionId;
        this.status = status;
    }

    public long executionId() {
        return executionId;
    }

    /**
     * The execution's status when the request was refused.
     */
    public String status() {
        return status;
    }
}
