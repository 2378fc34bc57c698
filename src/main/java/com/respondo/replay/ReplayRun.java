package com.respondo.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * The replay command line: {@code java -jar respondo.jar --replay --tenant=<id> --from=<date> --to=<date>
 * [--prompts-dir=<dir>] [--model=<name>]} replays the tenant's customer turns from {@code from} (a date, midnight in
 * TempBox's zone, or an ISO instant with offset) up to {@code to} (a date counts whole: up to the next midnight),
 * writes the report, prints one summary line and leaves the exit code: 0 when written, 2 when the command line is
 * wrong. {@code --prompts-dir} and {@code --model} are applied to the settings before start-up (see
 * {@code com.respondo.jobs.OneShotEnvironmentPostProcessor}); nothing runs on its schedule meanwhile.
 */
public final class ReplayRun implements ApplicationRunner, ExitCodeGenerator {

    /** The command-line option asking for a replay. */
    public static final String REPLAY = "replay";

    static final int WRONG_ARGUMENTS = 2;

    private static final Logger log = LoggerFactory.getLogger(ReplayRun.class);

    private final Replayer replayer;

    private final ReportFiles files;

    private final ZoneId zone;

    private final String model;

    private final @Nullable Path promptsDir;

    private volatile int exitCode;

    private volatile @Nullable Path written;

    ReplayRun(Replayer replayer, ReportFiles files, ZoneId zone, String model, @Nullable Path promptsDir) {
        this.replayer = replayer;
        this.files = files;
        this.zone = zone;
        this.model = model;
        this.promptsDir = promptsDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(REPLAY)) {
            return;
        }
        ReplayReport report;
        try {
            String tenant = required(args, "tenant");
            Instant from = instant(required(args, "from"), false);
            Instant to = instant(required(args, "to"), true);
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("--from must be before --to");
            }
            report = replayer.replay(tenant, from, to, model, promptsDir == null ? null : promptsDir.toString());
        }
        catch (IllegalArgumentException | NoSuchElementException ex) {
            exitCode = WRONG_ARGUMENTS;
            print("replay not run: " + ex.getMessage());
            return;
        }
        written = files.write(report);
        print("replay tenant=" + report.tenant() + " conversations=" + report.conversations() + " turns="
                + report.turns().size() + " agreements=" + report.agreements() + " report=" + written);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The JSON report the last run wrote, if any. */
    @Nullable Path written() {
        return written;
    }

    /** A date (its midnight in TempBox's zone; the next one for {@code --to}) or an ISO date-time with offset. */
    private Instant instant(String value, boolean end) {
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        }
        catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("'" + value + "' is neither a date (2026-12-01) nor a date-time with "
                    + "offset (2026-12-01T09:00:00-03:00)");
        }
    }

    private static String required(ApplicationArguments args, String option) {
        List<String> values = args.getOptionValues(option);
        if (values == null || values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("--" + option + " takes exactly one value");
        }
        return values.get(0);
    }

    private static void print(String line) {
        log.info("Replay: {}", line);
        System.out.println(line);
        System.out.flush();
    }
}
