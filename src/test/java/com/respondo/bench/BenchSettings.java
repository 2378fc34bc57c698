package com.respondo.bench;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.convert.DurationStyle;

/**
 * The benchmark's knobs, as {@code -D} properties of {@code ./mvnw -Pbench verify}.
 *
 * @param n the waiting conversations of the first run ({@code bench.n}, 2000)
 * @param llmLatency the sandbox LLM's time per answer ({@code bench.llm-latency}, 300ms)
 * @param tempBoxLatency the sandbox TempBox's time per call ({@code bench.tempbox-latency}, 20ms)
 * @param concurrency the replies job's concurrency, items in flight at once ({@code bench.concurrency}, 32)
 * @param instances worker JVMs started ({@code bench.instances}, 1); more than one needs PostgreSQL
 * @param database {@code h2} (each worker its own file) or {@code postgres} (a fresh database on 127.0.0.1:5432,
 *     shared by the workers) ({@code bench.database}, h2)
 * @param scaleRun whether a second run with 10 × n follows ({@code bench.scale-run}, true)
 * @param assertTargets whether a missed target fails the build ({@code bench.assert}, true)
 * @param warmup conversations a fresh worker answers before each measured run, at most n ({@code bench.warmup},
 *     1000; 0 measures a cold JVM, JIT compilation included)
 * @param buckets partitions the tenant's backlog is split into ({@code bench.buckets}, default the number of
 *     instances: {@code respondo.jobs.partitions.buckets}), each with {@code concurrency} conversations in flight
 * @param chunkSize the replies job's chunk size ({@code bench.chunk-size}, default 4 × concurrency; at least the
 *     concurrency)
 */
record BenchSettings(int n, Duration llmLatency, Duration tempBoxLatency, int concurrency, int instances,
        String database, boolean scaleRun, boolean assertTargets, int warmup, int buckets, int chunkSize) {

    static BenchSettings fromSystemProperties() {
        BenchSettings settings = new BenchSettings(
                Integer.parseInt(property("bench.n", "2000")),
                DurationStyle.detectAndParse(property("bench.llm-latency", "300ms")),
                DurationStyle.detectAndParse(property("bench.tempbox-latency", "20ms")),
                Integer.parseInt(property("bench.concurrency", "32")),
                Integer.parseInt(property("bench.instances", "1")),
                property("bench.database", "h2").toLowerCase(Locale.ROOT),
                Boolean.parseBoolean(property("bench.scale-run", "true")),
                Boolean.parseBoolean(property("bench.assert", "true")),
                Integer.parseInt(property("bench.warmup", "1000")),
                Integer.parseInt(property("bench.buckets", property("bench.instances", "1"))),
                Integer.parseInt(property("bench.chunk-size",
                        String.valueOf(4 * Integer.parseInt(property("bench.concurrency", "32"))))));
        if (settings.n() < 1 || settings.concurrency() < 1 || settings.instances() < 1 || settings.buckets() < 1) {
            throw new IllegalArgumentException(
                    "bench.n, bench.concurrency, bench.instances and bench.buckets must be at least 1");
        }
        if (settings.chunkSize() < settings.concurrency()) {
            throw new IllegalArgumentException("bench.chunk-size (" + settings.chunkSize()
                    + ") must be at least bench.concurrency (" + settings.concurrency() + "): a chunk's items are what "
                    + "runs at once");
        }
        if (!settings.database().equals("h2") && !settings.database().equals("postgres")) {
            throw new IllegalArgumentException("bench.database is h2 or postgres, not " + settings.database());
        }
        if (settings.instances() > 1 && !settings.postgres()) {
            throw new IllegalArgumentException("bench.instances > 1 needs -Dbench.database=postgres: the workers must "
                    + "share one database (job repository, reply ledger, locks)");
        }
        return settings;
    }

    boolean postgres() {
        return database.equals("postgres");
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return (value == null || value.isBlank()) ? fallback : value.strip();
    }
}
