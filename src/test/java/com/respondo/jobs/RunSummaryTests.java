package com.respondo.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.slf4j.LoggerFactory;

/**
 * An idle run (nothing read, or all it read filtered: nothing written or skipped) writes no INFO line; a run that did
 * work, or did not complete, writes one.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunSummaryTests {

    @Test
    void anIdleRunWritesNoInfoLine(CapturedOutput output) {
        new RunSummary().afterJob(execution(41, BatchStatus.COMPLETED, 0, 0));

        assertThat(output.getAll()).doesNotContain("execution 41");
    }

    @Test
    void aRunThatFoundNothingDueWritesNoInfoLine(CapturedOutput output) {
        // the follow-ups job every minute: it reads the open conversations and filters all of them, none being due
        new RunSummary().afterJob(execution(44, BatchStatus.COMPLETED, 34, 0, 34));

        assertThat(output.getAll()).doesNotContain("execution 44");
    }

    @Test
    void aRunThatDidWorkWritesOneInfoLineWithItsCounts(CapturedOutput output) {
        new RunSummary().afterJob(execution(42, BatchStatus.COMPLETED, 3, 2));

        assertThat(output.getAll()).containsOnlyOnce("execution 42")
            .contains("INFO", "Job replies execution 42 COMPLETED in ",
                    " ms: 3 read, 2 written, 0 filtered, 0 skipped");
    }

    @Test
    void theJobAndTheExecutionAreFieldsOfTheLine() {
        Logger logger = (Logger) LoggerFactory.getLogger(RunSummary.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        logger.addAppender(events);
        try {
            new RunSummary().afterJob(execution(45, BatchStatus.COMPLETED, 3, 2));
        }
        finally {
            logger.detachAppender(events);
        }

        assertThat(events.list).singleElement()
            .satisfies(event -> assertThat(event.getKeyValuePairs()).extracting(pair -> pair.key, pair -> pair.value)
                // a string, as the MDC's execution of the conversations' lines: one type per field in the JSON
                .containsExactly(tuple("job", "replies"), tuple("execution", "45")));
    }

    @Test
    void aFailedRunIsReportedEvenWhenItReadNothing(CapturedOutput output) {
        new RunSummary().afterJob(execution(43, BatchStatus.FAILED, 0, 0));

        assertThat(output.getAll()).contains("Job replies execution 43 FAILED in ");
    }

    private static JobExecution execution(long id, BatchStatus status, long read, long written) {
        return execution(id, status, read, written, 0);
    }

    private static JobExecution execution(long id, BatchStatus status, long read, long written, long filtered) {
        JobExecution execution = new JobExecution(id, new JobInstance(id, "replies"), new JobParameters());
        execution.setStartTime(LocalDateTime.now().minusSeconds(1));
        execution.setEndTime(LocalDateTime.now());
        execution.setStatus(status);
        StepExecution step = new StepExecution(id * 10, "ai-reply", execution);
        step.setReadCount(read);
        step.setWriteCount(written);
        step.setFilterCount(filtered);
        execution.addStepExecution(step);
        return execution;
    }
}
