package com.respondo.jobs;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * One line per ended execution, in place of Spring Batch's own per-step lines: at INFO when the run did work (an item
 * written or skipped) or did not complete, at DEBUG when it had nothing to do (nothing read, or all it read filtered:
 * the follow-ups job looking at the open conversations every minute and finding none due), so that an idle schedule
 * leaves the log quiet. The job and the execution are also key-value fields of the line, as in the structured (ECS,
 * Logstash) log.
 */
final class RunSummary implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunSummary.class);

    @Override
    public void afterJob(JobExecution execution) {
        long read = 0;
        long written = 0;
        long filtered = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            filtered += step.getFilterCount();
            skipped += step.getSkipCount();
        }
        String job = execution.getJobInstance().getJobName();
        long millis = elapsed(execution).toMillis();
        if (written + skipped == 0 && execution.getStatus() == BatchStatus.COMPLETED) {
            log.atDebug().addKeyValue("job", job).addKeyValue("execution", String.valueOf(execution.getId()))
                .log("Job {} execution {} COMPLETED in {} ms: nothing to do ({} read, {} filtered)", job,
                        execution.getId(), millis, read, filtered);
            return;
        }
        log.atInfo().addKeyValue("job", job).addKeyValue("execution", String.valueOf(execution.getId()))
            .log("Job {} execution {} {} in {} ms: {} read, {} written, {} filtered, {} skipped", job,
                    execution.getId(), execution.getStatus(), millis, read, written, filtered, skipped);
    }

    private static Duration elapsed(JobExecution execution) {
        LocalDateTime start = execution.getStartTime();
        LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
        return (start != null) ? Duration.between(start, end) : Duration.ZERO;
    }
}
