package com.respondo.jobs;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;

/**
 * Spring Batch's asynchronous job operator (executions run on the bounded launch pool, {@code start} returns at once)
 * that registers each execution with {@link LocalExecutions} before handing it to a thread, so its lease is renewed
 * and its end observed from the first moment.
 */
final class LaunchingJobOperator extends TaskExecutorJobOperator {

    private final LocalExecutions local;

    LaunchingJobOperator(LocalExecutions local) {
        this.local = local;
    }

    @Override
    protected void launchJobExecution(Job job, JobExecution jobExecution) {
        local.started(jobExecution.getId());
        super.launchJobExecution(job, jobExecution);
        if (!jobExecution.getStatus().isRunning()) {
            // The pool refused it (shutting down): Spring Batch marked it FAILED and it will never run.
            local.ended(jobExecution.getId());
        }
    }
}
