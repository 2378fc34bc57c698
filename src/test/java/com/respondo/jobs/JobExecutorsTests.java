package com.respondo.jobs;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JobExecutorsTests {

    @Test
    void runsLaunchesAndPartitionsAgainAfterAStopAndAStart() throws Exception {
        JobExecutors executors = new JobExecutors(new JobsProperties(null, false, ZoneId.of("UTC"),
                Duration.ofSeconds(5), 1, 1, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ZERO,
                JobsProperties.Partitions.defaults(), Duration.ofSeconds(5)));
        executors.start();
        executors.stop();

        executors.start();
        CountDownLatch ran = new CountDownLatch(2);
        executors.launches().execute(ran::countDown);
        executors.partitions().execute(ran::countDown);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(executors.isRunning()).isTrue();
        executors.stop();
    }
}
