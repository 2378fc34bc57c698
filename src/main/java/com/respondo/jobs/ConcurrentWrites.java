package com.respondo.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.core.task.AsyncTaskExecutor;

/**
 * A writer's submit-and-wait loop, written once: each item of a chunk is worked on as its own task on the step's
 * bounded pool (so remote latencies overlap), and the write waits for every task to end, whatever becomes of the
 * others, before it reports the first failure.
 */
public final class ConcurrentWrites {

    private final AsyncTaskExecutor pool;

    public ConcurrentWrites(AsyncTaskExecutor pool) {
        this.pool = pool;
    }

    /**
     * Works on every item on the pool and waits for all of them.
     *
     * @param failure what the first failed task's exception becomes, thrown once every task has ended
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public <T, E extends Exception> void forEach(Iterable<? extends T> items, Consumer<? super T> work,
            Function<Throwable, E> failure) throws InterruptedException, E {
        List<Future<?>> tasks = new ArrayList<>();
        for (T item : items) {
            tasks.add(pool.submit(() -> work.accept(item)));
        }
        E first = null;
        for (Future<?> task : tasks) {
            try {
                task.get();
            }
            catch (ExecutionException ex) {
                first = (first != null) ? first : failure.apply(ex.getCause());
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
