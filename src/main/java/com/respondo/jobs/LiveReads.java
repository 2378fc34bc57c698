package com.respondo.jobs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * Counts the items each step execution running in this JVM has read so far, chunk commit or not: Spring Batch's
 * read count moves only when a chunk commits, so a step of large chunks or slow items (LLM calls) would show no
 * progress until then. {@link StepProgress#inFlight} answers the items read but not yet committed. Every chunk step
 * of {@link ChunkStepChain} carries this listener.
 */
final class LiveReads implements ItemReadListener<Object>, StepExecutionListener {

    static final LiveReads INSTANCE = new LiveReads();

    private final Map<Long, AtomicLong> reads = new ConcurrentHashMap<>();

    private LiveReads() {
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        reads.put(stepExecution.getId(), new AtomicLong(stepExecution.getReadCount()));
    }

    @Override
    public void afterRead(Object item) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            reads.computeIfAbsent(context.getStepExecution().getId(), id -> new AtomicLong()).incrementAndGet();
        }
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        reads.remove(stepExecution.getId());
        return null;
    }

    /** Items the step execution has read so far in this JVM, 0 when it does not run here. */
    long read(long stepExecutionId) {
        AtomicLong read = reads.get(stepExecutionId);
        return (read != null) ? read.get() : 0;
    }
}
