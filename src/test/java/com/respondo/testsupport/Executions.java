package com.respondo.testsupport;

import java.time.Duration;
import java.util.List;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import org.springframework.batch.core.repository.JobRepository;

import static org.awaitility.Awaitility.await;

/**
 * Waits for job executions to reach a state, through what the job repository records.
 */
public final class Executions {

    private static final List<String> RUNNING = List.of("STARTING", "STARTED", "STOPPING");

    private Executions() {
    }

    /**
     * Waits until the execution has ended, and returns it.
     */
    public static ExecutionView ended(JobHistory history, long id) {
        return await().atMost(Duration.ofSeconds(30))
            .until(() -> history.execution(id).orElseThrow(), view -> !RUNNING.contains(view.status()));
    }

    /**
     * Waits until the execution is running its steps.
     */
    public static ExecutionView started(JobHistory history, long id) {
        return await().atMost(Duration.ofSeconds(30))
            .until(() -> history.execution(id).orElseThrow(), view -> view.status().equals("STARTED"));
    }

    /**
     * Waits until no execution of the given jobs runs any more.
     */
    public static void noneRunning(JobRepository jobRepository, String... jobs) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (String job : jobs) {
                if (!jobRepository.findRunningJobExecutions(job).isEmpty()) {
                    return false;
                }
            }
            return true;
        });
    }
}
