package com.respondo.jobs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * A one-shot run for cron and Kubernetes CronJobs: {@code java -jar respondo.jar --run=<job> [--tenant=<id>]
 * [--dry-run]} launches the job once (no schedule runs: see {@link OneShotEnvironmentPostProcessor}), waits for it,
 * prints one summary line on standard output and leaves the exit code for {@code main}: 0 when the execution
 * COMPLETED, 1 when it ended otherwise, 2 when it could not be launched (unknown job or tenant, already running).
 */
public final class OneShotRun implements ApplicationRunner, ExitCodeGenerator {

    /** The command-line option naming the job. */
    public static final String RUN = "run";

    static final String TENANT = "tenant";

    static final String DRY_RUN = "dry-run";

    static final int NOT_COMPLETED = 1;

    static final int NOT_LAUNCHED = 2;

    private static final Logger log = LoggerFactory.getLogger(OneShotRun.class);

    private final JobLaunches launches;

    private final JobHistory history;

    private volatile int exitCode;

    OneShotRun(JobLaunches launches, JobHistory history) {
        this.launches = launches;
        this.history = history;
    }

    /** The command-line option of another one-shot command: a replay (see {@code com.respondo.replay}). */
    static final String REPLAY = "replay";

    /**
     * Whether the command line asks for a one-shot run ({@code --run=<job>}) or another one-shot command
     * ({@code --replay}): the application then exits when it has run.
     */
    public static boolean requested(String... args) {
        for (String arg : args) {
            for (String option : new String[] { RUN, REPLAY }) {
                if (arg.equals("--" + option) || arg.startsWith("--" + option + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        String job = single(args, RUN);
        if (job == null) {
            return;
        }
        String tenant = single(args, TENANT);
        boolean dryRun = args.containsOption(DRY_RUN);
        long started = System.nanoTime();
        Launch launch;
        try {
            launch = launches.launch(job, tenant, dryRun, "one-shot");
        }
        catch (UnknownJobException | UnknownTenantException | JobAlreadyRunningException
                | LaunchesClosedException ex) {
            exitCode = NOT_LAUNCHED;
            print("job=" + job + " not launched: " + ex.getMessage());
            return;
        }
        try {
            launches.completion(launch.executionId()).get();
        }
        catch (ExecutionException ex) {
            throw new IllegalStateException("Waiting for execution " + launch.executionId() + " failed", ex);
        }
        ExecutionView execution = history.execution(launch.executionId()).orElseThrow();
        exitCode = execution.status().equals("COMPLETED") ? 0 : NOT_COMPLETED;
        print(summary(execution, Duration.ofNanos(System.nanoTime() - started)));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /**
     * The one line: job, execution, status, each step's counts, duration.
     */
    static String summary(ExecutionView execution, Duration fallbackDuration) {
        String steps = execution.steps()
            .stream()
            .map(step -> step.name() + "[read=" + step.readCount() + " written=" + step.writeCount() + " filtered="
                    + step.filterCount() + " skipped=" + step.skipCount() + " failedPartitions="
                    + step.partitions().stream().filter(p -> p.status().equals("FAILED")).count() + "]")
            .collect(Collectors.joining(" "));
        return "job=" + execution.job() + " execution=" + execution.id() + " status=" + execution.status()
                + (execution.dryRun() ? " dryRun=true" : "") + " tenants=" + String.join(",", execution.tenants())
                + " duration=" + duration(execution.startTime(), execution.endTime(), fallbackDuration).toMillis()
                + "ms steps: " + (steps.isEmpty() ? "none" : steps);
    }

    private static Duration duration(@Nullable OffsetDateTime start, @Nullable OffsetDateTime end,
            Duration fallback) {
        return (start != null && end != null) ? Duration.between(start, end) : fallback;
    }

    private static void print(String line) {
        log.info("One-shot run: {}", line);
        System.out.println(line);
        System.out.flush();
    }

    private static @Nullable String single(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + option + " takes exactly one value");
        }
        return values.get(0);
    }
}
