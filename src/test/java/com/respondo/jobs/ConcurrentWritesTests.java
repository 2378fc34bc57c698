package com.respondo.jobs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentWritesTests {

    private final ThreadPoolTaskExecutor pool = pool();

    private final ConcurrentWrites writes = new ConcurrentWrites(pool);

    private final Set<String> done = ConcurrentHashMap.newKeySet();

    @AfterEach
    void shutDown() {
        pool.shutdown();
    }

    private static ThreadPoolTaskExecutor pool() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("concurrent-writes-");
        pool.setCorePoolSize(3);
        pool.initialize();
        return pool;
    }

    @Test
    void worksOnTheItemsAtOnceOnThePool() throws Exception {
        CountDownLatch allStarted = new CountDownLatch(3);

        writes.forEach(List.of("a", "b", "c"), item -> {
            allStarted.countDown();
            try {
                // each waits for the others: only items worked on at the same time get past this
                assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            done.add(item + " on " + Thread.currentThread().getName().replaceAll("\\d+$", ""));
        }, IllegalStateException::new);

        assertThat(done).containsExactlyInAnyOrder("a on concurrent-writes-", "b on concurrent-writes-",
                "c on concurrent-writes-");
    }

    @Test
    void reportsTheFirstFailureOnlyOnceEveryItemHasEnded() {
        assertThatThrownBy(() -> writes.forEach(List.of("a", "bad", "c", "d"), item -> {
            if (item.equals("bad")) {
                throw new IllegalArgumentException("unusable " + item);
            }
            done.add(item);
        }, cause -> new IllegalStateException("write failed: " + cause.getMessage(), cause)))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("write failed: unusable bad")
            .hasCauseInstanceOf(IllegalArgumentException.class);

        assertThat(done).containsExactlyInAnyOrder("a", "c", "d");
    }
}
