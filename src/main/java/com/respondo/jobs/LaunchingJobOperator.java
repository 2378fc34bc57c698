package com.respondo.jobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.core.task.TaskExecutor;

/**
 * Spring Batch's asynchronous job operator ({@code start} returns at once, the execution runs on the bounded launch
 * pool) that registers each execution with {@link LocalExecutions} before handing it to a thread, so its lease is
 * renewed from the first moment, and releases it when the thread is done, after Spring Batch stored its final status.
 */
final class LaunchingJobOperator extends TaskExecutorJobOperator {

    /** The execution being handed to the pool by the current thread (Spring Batch submits one task per launch). */
    private final ThreadLocal<Long> launching = new ThreadLocal<>();

    private final LocalExecutions local;

    LaunchingJobOperator(LocalExecutions local, TaskExecutor pool) {
        this.local = local;
        setTaskExecutor(task -> {
            Long executionId = launching.get();
            pool.execute(() -> {
                try {
                    task.run();
                }
                finally {
                    if (executionId != null) {
                        local.ended(executionId);
                    }
                }
            });
        });
    }

    @Override
    protected void launchJobExecution(Job job, JobExecution jobExecution) {
        local.started(jobExecution.getId());
        launching.set(jobExecution.getId());
        try {
            super.launchJobExecution(job, jobExecution);
        }
        finally {
            launching.remove();
        }
        if (!jobExecution.getStatus().isRunning()) {
            // The pool refused it (shutting down): Spring Batch marked it FAILED and it will never run.
            local.ended(jobExecution.getId());
        }
    }
}
