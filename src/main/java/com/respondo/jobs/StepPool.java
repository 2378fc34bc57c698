package com.respondo.jobs;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool of one worker step execution: {@code concurrency} threads on which a chunk step processes its
 * items ({@code .taskExecutor(pool.executor())}), shut down when the step ends (register it as the step's listener).
 * A fixed pool, not a thread per item.
 */
public final class StepPool implements StepExecutionListener {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();

    /**
     * @param threadNamePrefix names the threads after the step and partition, e.g. {@code respondo-ai-reply-loja-}
     * @param concurrency how many items at once
     */
    public StepPool(String threadNamePrefix, int concurrency) {
        pool.setThreadNamePrefix(threadNamePrefix);
        pool.setCorePoolSize(concurrency);
        pool.setMaxPoolSize(concurrency);
        pool.setAllowCoreThreadTimeOut(true);
        pool.initialize();
    }

    public AsyncTaskExecutor executor() {
        return pool;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        pool.shutdown();
        return stepExecution.getExitStatus();
    }
}
