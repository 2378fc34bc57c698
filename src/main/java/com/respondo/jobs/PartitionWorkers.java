package com.respondo.jobs;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The worker steps of Respondo's partitioned steps, by the name partition requests carry ({@code <job>/<step>}, e.g.
 * {@code replies/ai-reply}), and the partitions running in this process: their lease is renewed by a heartbeat (their
 * {@code LAST_UPDATED} in Spring Batch's table, without touching the version Spring Batch checks), and on a graceful
 * shutdown they are asked to stop after their current chunk so that the manager gives them to another instance.
 */
final class PartitionWorkers implements StepLocator {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorkers.class);

    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    private final Map<Long, StepExecution> running = new ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    private volatile boolean handingBack;

    PartitionWorkers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The name a partition request of this job's step carries. */
    static String workerName(String job, String step) {
        return job + "/" + step;
    }

    void register(String job, String step, Step worker) {
        steps.put(workerName(job, step), worker);
    }

    /** The names partition requests may carry. */
    Collection<String> stepNames() {
        return List.copyOf(steps.keySet());
    }

    @Override
    public @Nullable Step getStep(String stepName) {
        return steps.get(stepName);
    }

    /** A partition execution starts running here. */
    void started(StepExecution execution) {
        running.put(execution.getId(), execution);
        if (handingBack) {
            execution.setTerminateOnly();
        }
    }

    /** A partition execution running here ended. */
    void ended(StepExecution execution) {
        running.remove(execution.getId());
    }

    /** Whether this instance gives its partitions back (it is shutting down). */
    boolean handingBack() {
        return handingBack;
    }

    /** How many partitions run here now. */
    int runningCount() {
        return running.size();
    }

    /**
     * Renews the lease of every partition running here.
     */
    void heartbeat() {
        if (running.isEmpty()) {
            return;
        }
        jdbc.sql("""
                UPDATE BATCH_STEP_EXECUTION SET LAST_UPDATED = :now
                WHERE STEP_EXECUTION_ID IN (:ids) AND STATUS IN ('STARTING', 'STARTED')""")
            .param("now", LocalDateTime.now())
            .param("ids", List.copyOf(running.keySet()))
            .update();
    }

    /**
     * Shutting down: every partition running here (and any that starts from now on) stops after its current chunk,
     * STOPPED; its manager then hands it to another instance, which goes on where it stopped.
     */
    void handBack() {
        handingBack = true;
        running.values().forEach(execution -> {
            log.info("Partition {} (step execution {}) stops after its current chunk: handed back to the other "
                    + "instances", execution.getStepName(), execution.getId());
            execution.setTerminateOnly();
        });
    }
}
