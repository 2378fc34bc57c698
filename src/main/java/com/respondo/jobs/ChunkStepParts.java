package com.respondo.jobs;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * What one variant of a worker step is made of, for {@link ChunkStepChain}: a reader and a writer, and as the variant
 * needs a processor, what decides which items are skipped, a pool the chunk's items are processed on and the
 * step's listeners (in their order).
 *
 * @param <I> what the reader reads
 * @param <O> what the writer writes
 */
public final class ChunkStepParts<I, O> {

    private final ItemReader<? extends I> reader;

    private final ItemWriter<? super O> writer;

    private @Nullable ItemProcessor<? super I, ? extends O> processor;

    private @Nullable SkipPolicy skipPolicy;

    private @Nullable SkipListener<? super I, ? super O> skipListener;

    private @Nullable AsyncTaskExecutor pool;

    private final List<StepExecutionListener> listeners = new ArrayList<>();

    private ChunkStepParts(ItemReader<? extends I> reader, ItemWriter<? super O> writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /** A step that writes what it reads, unchanged. */
    public static <T> ChunkStepParts<T, T> of(ItemReader<? extends T> reader, ItemWriter<? super T> writer) {
        return new ChunkStepParts<>(reader, writer);
    }

    /** A step whose processor turns each item read into what is written (or filters it out). */
    public static <I, O> ChunkStepParts<I, O> of(ItemReader<? extends I> reader,
            ItemProcessor<? super I, ? extends O> processor, ItemWriter<? super O> writer) {
        ChunkStepParts<I, O> parts = new ChunkStepParts<>(reader, writer);
        parts.processor = processor;
        return parts;
    }

    /** Fault tolerant: the items the policy allows are skipped, and the listener told. */
    public <S extends SkipPolicy & SkipListener<? super I, ? super O>> ChunkStepParts<I, O> skipping(S skipped) {
        this.skipPolicy = skipped;
        this.skipListener = skipped;
        return this;
    }

    /** The chunk's items are processed on the pool, at most its size at once. */
    public ChunkStepParts<I, O> on(AsyncTaskExecutor pool) {
        this.pool = pool;
        return this;
    }

    /** Listeners of the step, after those already given. */
    public ChunkStepParts<I, O> listeners(StepExecutionListener... more) {
        listeners.addAll(List.of(more));
        return this;
    }

    ItemReader<? extends I> reader() {
        return reader;
    }

    ItemWriter<? super O> writer() {
        return writer;
    }

    @Nullable ItemProcessor<? super I, ? extends O> processor() {
        return processor;
    }

    @Nullable SkipPolicy skipPolicy() {
        return skipPolicy;
    }

    @Nullable SkipListener<? super I, ? super O> skipListener() {
        return skipListener;
    }

    @Nullable AsyncTaskExecutor pool() {
        return pool;
    }

    List<StepExecutionListener> listeners() {
        return List.copyOf(listeners);
    }
}
