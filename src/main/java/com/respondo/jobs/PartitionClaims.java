package com.respondo.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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
import org.springframework.messaging.Message;
import org.springframework.messaging.PollableChannel;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This instance's share of the partitions of every instance: takes partition requests from the database-backed
 * queue while it has a free partition thread and runs each with Spring Batch's {@link StepExecutionRequestHandler},
 * and has {@link PartitionLeases} checked every sixth of the lease.
 * <p>
 * Taking a request is one transaction: the request leaves the queue and its partition becomes STARTED, or neither
 * (an instance that dies meanwhile leaves the request in the queue). The reply ledger keeps a partition run twice
 * (an instance thought dead that was only slow) from answering a message twice.
 */
final class PartitionClaims implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PartitionClaims.class);

    private final PollableChannel requests;

    private final StepExecutionRequestHandler handler;

    private final PartitionWorkers workers;

    private final JobRepository jobRepository;

    private final TransactionTemplate transactions;

    private final TaskExecutor partitionExecutor;

    private final Semaphore freeThreads;

    private final PartitionLeases leases;

    private final Duration lease;

    private final Duration pollInterval;

    private final Object wakeUp = new Object();

    private final PartitionSigns signs;

    private volatile boolean running;

    private volatile boolean claiming;

    private volatile @Nullable Thread claimer;

    private volatile @Nullable ThreadPoolTaskScheduler scheduler;

    PartitionClaims(PollableChannel requests, PartitionLeases leases, PartitionWorkers workers,
            JobRepository jobRepository, PlatformTransactionManager transactionManager, TaskExecutor partitionExecutor,
            int partitionThreads, JobsProperties.Partitions settings, PartitionSigns signs) {
        this.signs = signs;
        this.requests = requests;
        this.leases = leases;
        this.workers = workers;
        this.jobRepository = jobRepository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.partitionExecutor = partitionExecutor;
        this.freeThreads = new Semaphore(partitionThreads);
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
        scheduler.scheduleAtFixedRate(leases::check, Instant.now().plus(every), every);
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
        log.debug("Took partition {} (step execution {} of job execution {})", execution.getStepName(),
                execution.getId(), execution.getJobExecutionId());
        return true;
    }

    private void run(StepExecutionRequest request) {
        try {
            StepExecution ended = handler.handle(request);
            if (ended.getStatus() == BatchStatus.COMPLETED) {
                log.debug("Partition {} (step execution {}) ended here: COMPLETED", ended.getStepName(), ended.getId());
            }
            else {
                log.info("Partition {} (step execution {}) ended here: {}", ended.getStepName(), ended.getId(),
                        ended.getStatus());
            }
        }
        catch (RuntimeException ex) {
            log.error("Partition request {} failed to run", request, ex);
        }
        finally {
            freeThreads.release();
            signs.ended();
        }
    }
}
