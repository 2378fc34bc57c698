package com.respondo.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.respondo.jobs.Partition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepSettings;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Small chunk steps standing in for the real ones: each partition reads {@code <tenant>-m1..m3}, filters every third
 * item and records what it writes; a step can be held at a gate (to keep an execution running) or made to fail for a
 * tenant.
 */
public class FakeSteps {

    public static final List<String> STEPS = List.of("initial-response", "bot-reply", "ai-reply", "data-collection");

    private static final int ITEMS_PER_TENANT = 3;

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    private final Map<String, List<String>> written = new ConcurrentHashMap<>();

    private final List<StepSettings> settingsSeen = new CopyOnWriteArrayList<>();

    private final List<Partition> partitionsSeen = new CopyOnWriteArrayList<>();

    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    private final Map<String, String> failingTenants = new ConcurrentHashMap<>();

    public FakeSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
    }

    public StepFactory factory(String stepName) {
        return new StepFactory() {

            @Override
            public String stepName() {
                return stepName;
            }

            @Override
            public Step workerStep(StepSettings settings, Partition partition) {
                return step(settings, partition);
            }
        };
    }

    /**
     * Holds every partition of the step before its first read until {@link #open} is called.
     */
    public void close(String stepName) {
        gates.put(stepName, new CountDownLatch(1));
    }

    public void open(String stepName) {
        CountDownLatch gate = gates.remove(stepName);
        if (gate != null) {
            gate.countDown();
        }
    }

    public void failFor(String tenant) {
        failFor(tenant, "Fake failure for " + tenant);
    }

    /**
     * Makes the tenant's partitions fail on writing with that message (e.g. what TempBox answered).
     */
    public void failFor(String tenant, String message) {
        failingTenants.put(tenant, message);
    }

    /**
     * Opens every gate and forgets what was recorded.
     */
    public void reset() {
        List.copyOf(gates.keySet()).forEach(this::open);
        failingTenants.clear();
        written.clear();
        settingsSeen.clear();
        partitionsSeen.clear();
    }

    /**
     * What the step's partition for the tenant wrote.
     */
    public List<String> written(String stepName, String tenant) {
        return written.getOrDefault(stepName + ":" + tenant, List.of());
    }

    public List<StepSettings> settingsSeen() {
        return settingsSeen;
    }

    public List<Partition> partitionsSeen() {
        return partitionsSeen;
    }

    private Step step(StepSettings settings, Partition partition) {
        settingsSeen.add(settings);
        partitionsSeen.add(partition);
        List<String> items = new ArrayList<>();
        for (int i = 1; i <= ITEMS_PER_TENANT; i++) {
            items.add(partition.tenant() + "-m" + i);
        }
        return new StepBuilder(settings.stepName(), jobRepository).<String, String>chunk(settings.chunkSize())
            .transactionManager(transactionManager)
            .reader(gated(settings.stepName(), new ListItemReader<>(items)))
            .processor(item -> item.endsWith("3") ? null : item)
            .writer(chunk -> {
                String failure = failingTenants.get(partition.tenant());
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                written.computeIfAbsent(settings.stepName() + ":" + partition.tenant(),
                        key -> new CopyOnWriteArrayList<>()).addAll(chunk.getItems());
            })
            .build();
    }

    private ItemReader<String> gated(String stepName, ItemReader<String> reader) {
        return () -> {
            CountDownLatch gate = gates.get(stepName);
            if (gate != null && !gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Gate of " + stepName + " was never opened");
            }
            return reader.read();
        };
    }
}
