package com.respondo.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Graceful shutdown of the jobs (SIGTERM, or the context closed): as soon as the context starts closing, the
 * schedule stops, launches are refused and every execution running here is asked to stop; each of its steps finishes
 * the chunk it is in and the execution ends STOPPED, restartable. {@link JobExecutors} then waits up to
 * {@code respondo.jobs.shutdown-wait} for them before the database closes: the connection pool closes last, with the
 * context (the default H2 file's URL turns H2's own shutdown hook off, {@code DB_CLOSE_ON_EXIT=FALSE}, which would
 * otherwise close the database under the finishing chunks).
 */
final class JobsShutdown implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(JobsShutdown.class);

    private final JobScheduler scheduler;

    private final JobLaunches launches;

    private final PartitionClaims partitions;

    JobsShutdown(JobScheduler scheduler, JobLaunches launches, PartitionClaims partitions) {
        this.scheduler = scheduler;
        this.launches = launches;
        this.partitions = partitions;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        log.info("Shutting down: no more launches; running executions stop after their current chunk");
        scheduler.stop();
        partitions.close();
        launches.close();
    }
}
