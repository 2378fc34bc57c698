package com.respondo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The job files of a worker JVM started by a test ({@link WorkerProcess}, with {@code respondo.jobs.dir}): the
 * replies job's three local steps on a short fixed delay, data collection and follow-ups off.
 */
public final class WorkerJobFiles {

    private WorkerJobFiles() {
    }

    /**
     * Writes {@code replies.yml}, {@code data-collection.yml} and {@code follow-ups.yml} into {@code dir} (created if missing).
     *
     * @param fixedDelay the replies job's schedule, such as {@code 1s}
     * @param enabled whether the replies job runs on that schedule (false: launched on demand only)
     * @return {@code dir}
     */
    public static Path write(Path dir, String fixedDelay, boolean enabled) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("replies.yml"), """
                    description: Answers waiting conversations (a test's schedule)
                    schedule:
                      fixed-delay: %s
                    enabled: %s
                    steps:
                      - name: initial-response
                        mode: local
                      - name: bot-reply
                        mode: local
                      - name: ai-reply
                        mode: local
                    chunk-size: 10
                    concurrency: 4
                    tenants: all
                    """.formatted(fixedDelay, enabled));
            Files.writeString(dir.resolve("data-collection.yml"), """
                    description: Off in this test
                    schedule:
                      cron: "0 0 3 * * *"
                    enabled: false
                    steps:
                      - name: data-collection
                        mode: local
                    chunk-size: 20
                    concurrency: 1
                    tenants: all
                    """);
            Files.writeString(dir.resolve("follow-ups.yml"), """
                    description: Off in this test
                    schedule:
                      cron: "0 0 3 * * *"
                    enabled: false
                    steps:
                      - name: follow-up-nudge
                        mode: local
                    tenants: all
                    """);
            return dir;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
