package com.respondo.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.respondo.jobs.JobAlreadyRunningException;
import com.respondo.jobs.JobLaunches;
import com.respondo.jobs.Launch;

/**
 * Fires launch attempts of one job from several threads at the same instant, spread over one or more instances.
 */
public final class ConcurrentLaunches {

    private ConcurrentLaunches() {
    }

    /**
     * The launches that succeeded among {@code attempts} simultaneous attempts (refusals are not errors).
     */
    public static List<Launch> attempt(String job, int attempts, JobLaunches... instances) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            CyclicBarrier start = new CyclicBarrier(attempts);
            List<Future<Optional<Launch>>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                JobLaunches launches = instances[i % instances.length];
                results.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return Optional.of(launches.launch(job, null));
                    }
                    catch (JobAlreadyRunningException ex) {
                        return Optional.empty();
                    }
                }));
            }
            List<Launch> launched = new ArrayList<>();
            for (Future<Optional<Launch>> result : results) {
                result.get(60, TimeUnit.SECONDS).ifPresent(launched::add);
            }
            return launched;
        }
        finally {
            threads.shutdownNow();
        }
    }
}
