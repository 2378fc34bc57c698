package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.Message;
import org.springframework.messaging.PollableChannel;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's share of the partitions of every instance: takes partition requests from the database-backed
 * queue while it has a free partition thread and runs each with Spring Batch's {@link StepExecutionRequestHandler};
 * renews the lease of the partitions running here; and, for the executions this instance manages, sends again the
 * partitions whose instance died (STARTED, lease expired) or was shut down gracefully (STOPPED while the execution
 * runs on).
 * <p>
 * Taking a request is one transaction: the request leaves the queue and its partition becomes STARTED, or neither
 * (an instance that dies meanwhile leaves the request in the queue). The reply ledger keeps a partition run twice
 * (an instance thought dead that was only slow) from answering a message twice.
 */
final class PartitionClaims implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PartitionClaims.class);

    private final PollableChannel requests;

    private final MessagingTemplate messaging;

    private final StepExecutionRequestHandler handler;

    private final PartitionWorkers workers;

    private final LocalExecutions managed;

    private final JobRepository jobRepository;

    private final TransactionTemplate transactions;

    private final TaskExecutor partitionExecutor;

    private final Semaphore freeThreads;

    private final JdbcClient jdbc;

    private final Duration lease;

    private final Duration pollInterval;

    private final Object wakeUp = new Object();

    private volatile boolean running;

    private volatile boolean claiming;

    private volatile @Nullable Thread claimer;

    private volatile @Nullable ThreadPoolTaskScheduler scheduler;

    PartitionClaims(PollableChannel requests, MessagingTemplate messaging, PartitionWorkers workers,
            LocalExecutions managed, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TaskExecutor partitionExecutor, int partitionThreads, DataSource dataSource,
            JobsProperties.Partitions settings) {
        this.requests = requests;
        this.messaging = messaging;
        this.workers = workers;
        this.managed = managed;
        this.jobRepository = jobRepository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.partitionExecutor = partitionExecutor;
        this.freeThreads = new Semaphore(partitionThreads);
        this.jdbc = JdbcClient.create(dataSource);
        this.lease = settings.lease();
        this.pollInterval = settings.pollInterval();
        this.handler = new StepExecutionRequestHandler();
        this.handler.setJobRepository(jobRepository);
        this.handler.setStepLocator(workers);
    }

    /** A request was just sent from this instance: look at the queue now rather than at the next poll. */
    void wakeUp() {
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    @Override
    public void start() {
        running = true;
        claiming = true;
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("respondo-partition-lease-");
        scheduler.setPoolSize(1);
        scheduler.setErrorHandler(ex -> log.warn("Renewing or checking partition leases failed", ex));
        scheduler.initialize();
        Duration every = lease.dividedBy(6);
        scheduler.scheduleAtFixedRate(this::leases, Instant.now().plus(every), every);
        this.scheduler = scheduler;
        Thread thread = new Thread(this::claimLoop, "respondo-partition-claims");
        thread.setDaemon(true);
        claimer = thread;
        thread.start();
    }

    /**
     * Shutting down: takes no more requests, and the partitions running here stop after their current chunk and go
     * back to the others (their leases are renewed until they ended).
     */
    void close() {
        claiming = false;
        wakeUp();
        workers.handBack();
    }

    @Override
    public void stop() {
        close();
        running = false;
        Thread thread = claimer;
        if (thread != null) {
            thread.interrupt();
        }
        ThreadPoolTaskScheduler scheduler = this.scheduler;
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops after the partition pool waited for its partitions ({@link JobExecutors}), so their leases are renewed
     * until they ended; it stopped taking requests when the context started closing ({@link JobsShutdown}).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2;
    }

    /** Like the pools: a paused test context still takes the requests of the executions it launched. */
    @Override
    public boolean isPauseable() {
        return false;
    }

    private void claimLoop() {
        while (claiming) {
            try {
                if (!freeThreads.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    continue;
                }
                if (!claimOne()) {
                    freeThreads.release();
                    idle();
                }
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException ex) {
                freeThreads.release();
                log.warn("Taking a partition request failed; trying again in {}", pollInterval, ex);
                idle();
            }
        }
    }

    private void idle() {
        synchronized (wakeUp) {
            try {
                wakeUp.wait(pollInterval.toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                claiming = false;
            }
        }
    }

    /**
     * Takes one request, if any, holding a free thread; whether there was one (a request left for dead is taken
     * and dropped, and counts: the next one is looked at at once).
     */
    private boolean claimOne() {
        StepExecutionRequest request = transactions.execute(status -> {
            Message<?> message = requests.receive(0);
            if (message == null) {
                return null;
            }
            StepExecutionRequest claimed = (StepExecutionRequest) message.getPayload();
            return claim(claimed) ? claimed : new StepExecutionRequest(claimed.getStepName(), -1);
        });
        if (request == null) {
            return false;
        }
        if (request.getStepExecutionId() < 0) {
            freeThreads.release();
            return true;
        }
        try {
            partitionExecutor.execute(() -> run(request));
        }
        catch (TaskRejectedException ex) {
            freeThreads.release();
            log.info("Partition request {} not run: shutting down; its lease will give it to another instance",
                    request);
        }
        return true;
    }

    /** In the request's transaction: marks its partition STARTED here, or says why it is not to run. */
    private boolean claim(StepExecutionRequest request) {
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            log.info("Partition request {} dropped: no such step execution", request);
            return false;
        }
        if (execution.getStatus() != BatchStatus.STARTING) {
            log.info("Partition request {} dropped: the partition {} is {} already", request,
                    execution.getStepName(), execution.getStatus());
            return false;
        }
        BatchStatus job = execution.getJobExecution().getStatus();
        if (job != BatchStatus.STARTED && job != BatchStatus.STARTING) {
            LocalDateTime now = LocalDateTime.now();
            execution.setStatus(BatchStatus.STOPPED);
            execution.setExitStatus(ExitStatus.STOPPED.addExitDescription("Not started: its execution is " + job));
            execution.setStartTime(now);
            execution.setEndTime(now);
            jobRepository.update(execution);
            log.info("Partition request {} dropped: its execution is {}", request, job);
            return false;
        }
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        log.info("Took partition {} (step execution {} of job execution {})", execution.getStepName(),
                execution.getId(), execution.getJobExecutionId());
        return true;
    }

    private void run(StepExecutionRequest request) {
        try {
            StepExecution ended = handler.handle(request);
            log.info("Partition {} (step execution {}) ended here: {}", ended.getStepName(), ended.getId(),
                    ended.getStatus());
        }
        catch (RuntimeException ex) {
            log.error("Partition request {} failed to run", request, ex);
        }
        finally {
            freeThreads.release();
        }
    }

    /**
     * Renews the leases of the partitions running here, and gives to another instance the partitions of the
     * executions managed here whose instance died or was shut down.
     */
    void leases() {
        workers.heartbeat();
        Set<Long> executions = managed.ids();
        if (executions.isEmpty()) {
            return;
        }
        List<Lost> lost = jdbc.sql("""
                SELECT s.STEP_EXECUTION_ID, i.JOB_NAME FROM BATCH_STEP_EXECUTION s
                JOIN BATCH_JOB_EXECUTION j ON j.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
                JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = j.JOB_INSTANCE_ID
                WHERE s.JOB_EXECUTION_ID IN (:executions) AND j.STATUS = 'STARTED' AND s.STEP_NAME LIKE '%:%'
                  AND ((s.STATUS = 'STARTED' AND s.LAST_UPDATED < :expired) OR s.STATUS = 'STOPPED')""")
            .param("executions", List.copyOf(executions))
            .param("expired", LocalDateTime.now().minus(lease))
            .query((rs, row) -> new Lost(rs.getLong(1), rs.getString(2)))
            .list();
        for (Lost partition : lost) {
            try {
                transactions.executeWithoutResult(status -> resend(partition.stepExecutionId(), partition.job()));
            }
            catch (OptimisticLockingFailureException ex) {
                log.info("Partition (step execution {}) changed while being sent again: it is alive",
                        partition.stepExecutionId());
            }
        }
    }

    private record Lost(long stepExecutionId, String job) {
    }

    private void resend(long stepExecutionId, String job) {
        StepExecution execution = jobRepository.getStepExecution(stepExecutionId);
        if (execution == null || execution.getJobExecution().getStatus() != BatchStatus.STARTED) {
            return;
        }
        String why;
        if (execution.getStatus() == BatchStatus.STOPPED) {
            why = "its instance shut down and gave it back";
        }
        else if (execution.getStatus() == BatchStatus.STARTED && execution.getLastUpdated() != null
                && execution.getLastUpdated().isBefore(LocalDateTime.now().minus(lease))) {
            why = "no sign of life from its instance for more than " + lease;
        }
        else {
            return;
        }
        execution.setStatus(BatchStatus.STARTING);
        execution.setEndTime(null);
        execution.setExitStatus(ExitStatus.EXECUTING);
        jobRepository.update(execution);
        String step = execution.getStepName().substring(0, execution.getStepName().indexOf(':'));
        messaging.send(MessageBuilder
            .withPayload(new StepExecutionRequest(PartitionWorkers.workerName(job, step), stepExecutionId))
            .setCorrelationId(execution.getJobExecutionId() + ":" + step)
            .build());
        log.warn("Partition {} (step execution {}) sent to the instances again: {}", execution.getStepName(),
                stepExecutionId, why);
        wakeUp();
    }
}
