package com.respondo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.respondo.RespondoApplication;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.PostgresTestDatabase;
import com.respondo.testsupport.WorkerProcess;

import reactor.core.publisher.Hooks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The throughput benchmark of issue 6 ({@code ./mvnw -Pbench verify}; knobs in {@link BenchSettings}; see
 * src/site/markdown/benchmarks.md).
 * <p>
 * This JVM is the outside world only: the sandbox TempBox and the sandbox LLM of its own application context, with
 * the latencies asked for (both non-blocking delays), its own jobs never launched. The worker runs as an operator
 * runs it, in a JVM of its own ({@link WorkerProcess}, profile {@code prod}), so that its CPU time and heap are its
 * own (read over JMX, {@link WorkerGauges}).
 * <p>
 * The backlog: {@code n} new conversations of one company (Loja Aurora, the worker's only tenant) whose customer
 * only said "Olá", written one debounce ago, so each is due when the run starts. They all take the same path, the
 * {@code initial-response} step's greeting, with exactly one LLM call and six TempBox calls each: read the
 * conversation (ListarMensagensAtendimento, Consultar), ask the LLM, claim the reply in the ledger, read it again
 * before posting (ListarMensagensAtendimento, Consultar), start it (IniciarAtendimento) and send the greeting
 * (EnviarMensagem). The worker runs its real {@code replies} job (all three steps; the later two find nothing
 * waiting once greeted), launched through its admin API, with the job file's {@code concurrency} set to
 * {@code bench.concurrency} and its {@code chunk-size} to {@code bench.chunk-size}.
 */
@SpringBootTest(classes = RespondoApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=bench-sandbox-password", "respondo.sandbox.seed=false",
            "respondo.sandbox.generator.enabled=false", "respondo.sandbox.record-capacity=1000000",
            "respondo.jobs.scheduler-enabled=false", "logging.level.root=WARN",
            "logging.level.com.respondo=WARN" })
@Tag("throughput")
class RepliesThroughputBenchmark {

    /** The worker's debounce, given to it explicitly: a customer message is due this long after it was written. */
    private static final Duration DEBOUNCE = Duration.ofSeconds(8);

    /** TempBox calls on one conversation's path from due to answered (see the class comment). */
    private static final int TEMPBOX_CALLS_PER_CONVERSATION = 6;

    private static final String TENANT = "loja-aurora";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @Autowired
    SandboxLlmControls llm;

    @TempDir
    Path work;

    @Test
    void answersTheBacklogCloseToTheLatencyBoundInFlatMemory() throws Exception {
        // spring-security-test's ReactorContextTestExecutionListener wraps the last operator of every Reactor chain
        // assembled in this JVM (every request the sandbox serves) to offer a test SecurityContext, which the
        // benchmark never uses: a test-only cost no real TempBox or LLM server pays, counted in sandbox-cpu otherwise.
        Hooks.resetOnLastOperator();
        BenchSettings settings = BenchSettings.fromSystemProperties();
        System.out.println("BENCH machine: " + Machine.describe());
        System.out.println("BENCH settings: " + settings + "; limits: the worker's own defaults (application.yml), "
                + "nothing overridden but the job file's concurrency and chunk-size");
        List<String> missed = new ArrayList<>();
        RunResult first = run(settings, settings.n(), "run-1");
        System.out.println(first.summary());
        missed.addAll(first.missedTargets(settings));
        if (settings.scaleRun()) {
            RunResult scaled = run(settings, settings.n() * 10, "run-10x");
            System.out.println(scaled.summary());
            missed.addAll(scaled.missedTargets(settings));
            double growth = scaled.elapsed().toNanos() / (double) first.elapsed().toNanos();
            double heapGrowth = scaled.peakHeapBytes() / (double) first.peakHeapBytes();
            boolean linear = growth <= 11.0;
            boolean flat = heapGrowth <= 1.25;
            System.out.printf(Locale.ROOT, "BENCH scale n=%d->%d elapsed x%.2f (linear, <= 11: %s) peak heap "
                    + "%dMB->%dMB x%.2f (flat, <= 1.25: %s)%n", first.n(), scaled.n(), growth, linear ? "yes" : "NO",
                    mb(first.peakHeapBytes()), mb(scaled.peakHeapBytes()), heapGrowth, flat ? "yes" : "NO");
            if (!linear) {
                missed.add(String.format(Locale.ROOT, "elapsed at 10 x N is %.2f x the elapsed at N (target <= 11)",
                        growth));
            }
            if (!flat) {
                missed.add(String.format(Locale.ROOT, "peak heap grew %.2f x from N to 10 x N (target: flat, <= 1.25)",
                        heapGrowth));
            }
        }
        missed.forEach(target -> System.out.println("BENCH target missed: " + target));
        if (settings.assertTargets()) {
            assertThat(missed).as("targets missed (run with -Dbench.assert=false to only print them)").isEmpty();
        }
    }

    private RunResult run(BenchSettings settings, int n, String name) throws Exception {
        sandbox.reset(false);
        sandbox.faults(sandbox.faults().withLatency(settings.tempBoxLatency(), Duration.ZERO));
        llm.reset();
        llm.apply(llm.settings().withLatency(settings.llmLatency()));
        SandboxCompany company = sandbox.company(TENANT);
        Path runDir = Files.createDirectories(work.resolve(name));
        Path jobs = writeJobFile(runDir, settings.concurrency(), settings.chunkSize());
        PostgresTestDatabase database = settings.postgres() ? PostgresTestDatabase.create("respondo_bench") : null;
        List<WorkerProcess> workers = new ArrayList<>();
        List<Integer> jmxPorts = new ArrayList<>();
        List<WorkerGauges> gauges = new ArrayList<>();
        try {
            for (int i = 1; i <= settings.instances(); i++) {
                int jmx = WorkerProcess.freePort();
                WorkerProcess.Builder builder = WorkerProcess.againstSandbox(name + "-worker-" + i, port,
                        List.of(company), runDir)
                    .property("respondo.jobs.dir", jobs.toString())
                    .property("respondo.replies.debounce", DEBOUNCE.toSeconds() + "s")
                    .property("respondo.jobs.partitions.buckets", String.valueOf(settings.buckets()))
                    .jvmOptions(jvmOptions(jmx).toArray(String[]::new));
                if (database != null) {
                    builder.property("spring.datasource.url", database.url())
                        .property("spring.datasource.username", database.username())
                        .property("spring.datasource.password", "");
                }
                workers.add(builder.start());
                jmxPorts.add(jmx);
            }
            for (int i = 0; i < workers.size(); i++) {
                workers.get(i).awaitUp(Duration.ofMinutes(3));
                gauges.add(WorkerGauges.connect(jmxPorts.get(i)));
            }
            int warmup = Math.min(n, settings.warmup());
            if (warmup > 0) {
                // A fresh JVM first compiles its hot code (the JIT alone costs several CPU seconds): a warm-up
                // backlog answered the same way, then a fresh sandbox, so the run measures the worker at work.
                seed(company, warmup);
                JsonNode warmed = answer(settings, workers, warmup);
                assertThat(warmed.path("status").asString()).as("the warm-up execution").isEqualTo("COMPLETED");
                sandbox.reset(false);
                sandbox.faults(sandbox.faults().withLatency(settings.tempBoxLatency(), Duration.ZERO));
                llm.reset();
                llm.apply(llm.settings().withLatency(settings.llmLatency()));
            }
            // The backlog arrives once the workers are up: every message written one debounce ago, so due now.
            seed(company, n);
            gauges.forEach(WorkerGauges::resetPeaks);
            long cpuBefore = gauges.stream().mapToLong(WorkerGauges::cpuNanos).sum();
            long jitBefore = gauges.stream().mapToLong(WorkerGauges::jitMillis).sum();
            long gcBefore = gauges.stream().mapToLong(WorkerGauges::gcMillis).sum();
            long sandboxCpuBefore = Machine.ownCpuNanos();
            Instant launched = Instant.now();
            JsonNode execution = answer(settings, workers, n);
            long sandboxCpu = Machine.ownCpuNanos() - sandboxCpuBefore;
            Duration ideal = ideal(settings, n);
            long cpu = gauges.stream().mapToLong(WorkerGauges::cpuNanos).sum() - cpuBefore;
            long jit = gauges.stream().mapToLong(WorkerGauges::jitMillis).sum() - jitBefore;
            long gc = gauges.stream().mapToLong(WorkerGauges::gcMillis).sum() - gcBefore;
            long peakHeap = gauges.stream().mapToLong(WorkerGauges::peakHeapBytes).max().orElse(0);
            List<PostedCall> answers = sandbox.record().stream()
                .filter(call -> call.operation().equals("EnviarMensagem") && call.stored())
                .toList();
            Set<UUID> answered = answers.stream().map(PostedCall::atendimento).collect(Collectors.toSet());
            assertThat(answers).as("one answer per conversation, exactly").hasSize(n);
            assertThat(answered).as("every conversation answered").hasSize(n);
            assertThat(execution.path("status").asString()).as("the execution's status").isEqualTo("COMPLETED");
            Instant lastAnswer = answers.stream().map(PostedCall::time).max(Comparator.naturalOrder()).orElseThrow();
            List<Long> waits = answers.stream()
                .map(call -> Duration.between(call.inReplyToAt().plus(DEBOUNCE), call.time()).toMillis())
                .sorted()
                .toList();
            long llmCalls = llm.requests();
            // the calls behind the ideal time: 6 per conversation, and the pages of ListarMensagensEmAberto
            System.out.println("BENCH n=" + n + " tempbox-calls=" + new TreeMap<>(sandbox.calls()));
            return new RunResult(n, settings.concurrency(), settings.chunkSize(), settings.instances(), settings.buckets(),
                    settings.database(),
                    Duration.between(launched, lastAnswer), ideal, percentile(waits, 0.50), percentile(waits, 0.95),
                    cpu, jit, gc, peakHeap, llmCalls, llm.promptTokens(), llm.cachedPromptTokens(), sandboxCpu);
        }
        catch (RuntimeException | AssertionError ex) {
            workers.forEach(worker -> System.out.println("BENCH " + worker.logFile() + " (tail):\n" + worker.tail()));
            throw ex;
        }
        finally {
            gauges.forEach(WorkerGauges::close);
            workers.forEach(WorkerProcess::stop);
            if (database != null) {
                database.close();
            }
        }
    }

    private void seed(SandboxCompany company, int count) {
        for (int i = 1; i <= count; i++) {
            sandbox.openConversation(company.empresa(), "Cliente " + i, 1, DEBOUNCE, "Olá");
        }
    }

    /** Launches the replies job on the first worker, waits for {@code n} answers and the job's end: the execution. */
    private JsonNode answer(BenchSettings settings, List<WorkerProcess> workers, int n) {
        long executionId = launch(workers.get(0));
        Duration timeout = ideal(settings, n).multipliedBy(6).plusMinutes(3);
        await("all " + n + " conversations answered").atMost(timeout).pollInterval(Duration.ofMillis(200))
            .until(() -> {
                workers.forEach(RepliesThroughputBenchmark::requireAlive);
                return sandbox.calls("EnviarMensagem") >= n;
            });
        // elapsed ends at the last answer; the CPU window at the job's end, seen by a poll of the execution view,
        // whose own CPU (the admin's password check, the view's queries) is counted too: once a second, not more
        return await("the replies job ended").atMost(Duration.ofMinutes(5))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> execution(workers.get(0), executionId), view -> !running(view));
    }

    /**
     * The worker JVM as a small (2-core) production box runs it: 512 MB heap at most, serial GC and the C1 compiler
     * only (C2's compilations cost more CPU than they save on an I/O-bound worker: ~30 ms of compiler time per
     * conversation still after a warm-up of 1,000, against ~1 ms with C1); {@code -Dbench.worker-jvm} replaces these
     * options. Plus the JMX port.
     */
    private List<String> jvmOptions(int jmx) throws IOException {
        List<String> options = new ArrayList<>(List.of(System.getProperty("bench.worker-jvm",
                "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").split("\\s+")));
        options.addAll(WorkerGauges.jvmOptions(jmx));
        String jfr = System.getProperty("bench.jfr", "");
        if (!jfr.isBlank()) {
            // -Dbench.jfr=<dir>: a Flight Recording of each worker (profile settings), to see where its CPU goes
            Path dir = Files.createDirectories(Path.of(jfr).toAbsolutePath());
            options.add("-XX:StartFlightRecording=settings=profile,filename=" + dir.resolve("worker-" + jmx + ".jfr"));
        }
        return options;
    }

    /**
     * The replies job as shipped, with the benchmark's concurrency and chunk size; its schedule stays, unused (the
     * worker's scheduler is off).
     */
    private static Path writeJobFile(Path runDir, int concurrency, int chunkSize) throws IOException {
        Path jobs = Files.createDirectories(runDir.resolve("jobs"));
        String shipped = Files.readString(Path.of("jobs", "replies.yml"), StandardCharsets.UTF_8);
        String file = shipped.lines()
            .map(line -> line.startsWith("concurrency:") ? "concurrency: " + concurrency
                    : line.startsWith("chunk-size:") ? "chunk-size: " + chunkSize
                    : line)
            .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(jobs.resolve("replies.yml"), file, StandardCharsets.UTF_8);
        return jobs;
    }

    /**
     * The ideal time: each conversation costs, end to end, one LLM answer plus its TempBox calls one after the other;
     * with C conversations in flight at once in each of the tenant's B bucket partitions and nothing else in the
     * way, N of them take N × that / (C × B).
     */
    static Duration ideal(BenchSettings settings, int n) {
        Duration perConversation = settings.llmLatency()
            .plus(settings.tempBoxLatency().multipliedBy(TEMPBOX_CALLS_PER_CONVERSATION));
        return perConversation.multipliedBy(n).dividedBy((long) settings.concurrency() * settings.buckets());
    }

    private static long launch(WorkerProcess worker) {
        var response = worker.admin("POST", "/admin/jobs/replies/executions");
        assertThat(response.statusCode()).as("launch: " + response.body()).isEqualTo(202);
        return JSON.readTree(response.body()).path("executionId").asLong();
    }

    private static JsonNode execution(WorkerProcess worker, long id) {
        var response = worker.admin("GET", "/admin/executions/" + id);
        return JSON.readTree(response.body());
    }

    private static boolean running(JsonNode view) {
        String status = view.path("status").asString("");
        return status.equals("STARTING") || status.equals("STARTED") || status.equals("STOPPING");
    }

    private static void requireAlive(WorkerProcess worker) {
        if (!worker.isAlive()) {
            throw new IllegalStateException("a worker died:\n" + worker.tail());
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    /** The figures of one run. */
    record RunResult(int n, int concurrency, int chunkSize, int instances, int buckets, String database, Duration elapsed, Duration ideal,
            long p50Millis, long p95Millis, long cpuNanos, long jitMillis, long gcMillis, long peakHeapBytes, long llmCalls, long promptTokens,
            long cachedPromptTokens, long sandboxCpuNanos) {

        double ratio() {
            return ideal.toNanos() / (double) elapsed.toNanos();
        }

        double cpuMillisPerConversation() {
            return cpuNanos / 1e6 / n;
        }

        String summary() {
            double seconds = elapsed.toNanos() / 1e9;
            return String.format(Locale.ROOT, "BENCH n=%d c=%d chunk=%d instances=%d buckets=%d db=%s elapsed=%.1fs rate=%.1f/s "
                    + "ideal=%.1fs ratio=%.2f p50=%.1fs p95=%.1fs cpu=%.2fms/conv (jit %.2f, gc %.2f) peak-heap=%dMB "
                    + "prompt-tokens=%.0f/answer (cacheable prefix %.0f) llm-calls=%d sandbox-cpu=%.2fms/conv", n,
                    concurrency, chunkSize, instances, buckets,
                    database, seconds, n / seconds, ideal.toNanos() / 1e9, ratio(), p50Millis / 1000.0,
                    p95Millis / 1000.0, cpuMillisPerConversation(), jitMillis / (double) n, gcMillis / (double) n,
                    mb(peakHeapBytes),
                    llmCalls == 0 ? 0.0 : promptTokens / (double) llmCalls,
                    llmCalls == 0 ? 0.0 : cachedPromptTokens / (double) llmCalls, llmCalls, sandboxCpuNanos / 1e6 / n);
        }

        List<String> missedTargets(BenchSettings settings) {
            List<String> missed = new ArrayList<>();
            if (concurrency == 32 && ratio() < 0.85) {
                missed.add(String.format(Locale.ROOT, "n=%d: ratio ideal/elapsed %.2f < 0.85 at C = 32", n, ratio()));
            }
            if (cpuMillisPerConversation() >= 5.0) {
                missed.add(String.format(Locale.ROOT, "n=%d: CPU %.2f ms per conversation >= 5", n,
                        cpuMillisPerConversation()));
            }
            if (n >= 20_000 && mb(peakHeapBytes) >= 256) {
                missed.add(String.format(Locale.ROOT, "n=%d: peak heap %d MB >= 256", n, mb(peakHeapBytes)));
            }
            return missed;
        }
    }
}
