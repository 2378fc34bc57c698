package com.respondo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.respondo.RespondoApplication;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.WorkerProcess;

import reactor.core.publisher.Hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The latency benchmark of issue 17 ({@code ./mvnw -Pbench verify -Dbench.suite=latency}; see
 * src/site/markdown/benchmarks.md): the time a customer waits, from a message to Respondo's answer, under a steady
 * flow of new conversations, with the worker on its shipped defaults (its own schedule, debounce and limits).
 * <p>
 * This JVM plays TempBox and the LLM (the sandbox, TempBox at {@code bench.latency.tempbox} per call, the LLM at
 * {@code bench.latency.llm} per answer). New conversations of Loja Aurora arrive every 1 / {@code bench.rate}
 * seconds for {@code bench.duration}; {@code bench.follow-ups} of the arrivals are instead a new question in a
 * conversation Respondo answered (and kept). Each arrival is one of: a question a canned message answers, a question
 * that needs the AI, a request for a person, a greeting, or a burst (three messages a second apart). A customer
 * turn is answered by the first {@code EnviarMensagem} (or hand-off, {@code EncaminharAtendimento}) the sandbox
 * stored in reply to its last message; the wait
 * is from that message to that answer, nothing subtracted (the debounce included). Turns that arrive during the
 * first {@code bench.latency.warmup} count for the costs, not for the wait percentiles (a cold JVM compiles first).
 * <p>
 * The worker runs its shipped job files, but for {@code data-collection}, switched off: its ten-minute cron would
 * add its LLM requests to the replies' at a random moment of the run. {@code bench.worker-properties}
 * ({@code key=value,key=value}) passes settings to it, to compare variants (e.g.
 * {@code respondo.replies.push.enabled=false}).
 */
@SpringBootTest(classes = RespondoApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=bench-sandbox-password", "respondo.sandbox.seed=false",
            "respondo.sandbox.generator.enabled=false", "respondo.sandbox.record-capacity=1000000",
            "respondo.jobs.scheduler-enabled=false", "logging.level.root=WARN",
            "logging.level.com.respondo=WARN" })
@Tag("latency")
class RepliesLatencyBenchmark {

    private static final String TENANT = "loja-aurora";

    private static final Duration BURST_GAP = Duration.ofSeconds(1);

    /** What the customer writes, by kind. */
    private enum Kind {
        CANNED(0.30, "Qual o prazo de entrega para Curitiba?", "Vocês aceitam pix?", "Quanto custa o frete?",
                "Como faço para trocar um produto?"),
        AI(0.30, "Vocês vendem vale-presente?", "A camiseta básica branca tem no tamanho GG?",
                "Posso mudar o endereço de entrega depois da compra?"),
        HANDOFF(0.10, "Quero falar com um atendente, por favor", "Preciso falar com uma pessoa"),
        GREETING(0.15, "Olá", "Oi, boa tarde"),
        BURST(0.15, "oi", "tudo bem?", "queria saber se vocês entregam no interior de Santa Catarina");

        final double share;

        final List<String> texts;

        Kind(double share, String... texts) {
            this.share = share;
            this.texts = List.of(texts);
        }

        static Kind draw(RandomGenerator random) {
            double draw = random.nextDouble();
            for (Kind kind : values()) {
                draw -= kind.share;
                if (draw < 0) {
                    return kind;
                }
            }
            return CANNED;
        }

        /** The messages of one turn: three for a burst, one otherwise. */
        List<String> messages(RandomGenerator random) {
            return this == BURST ? texts : List.of(texts.get(random.nextInt(texts.size())));
        }
    }

    /** One customer turn: the conversation, the last message of the turn, when it was written, and its kind. */
    private record Turn(UUID atendimento, UUID message, Instant at, Kind kind, boolean measured) {
    }

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @Autowired
    SandboxLlmControls llm;

    @TempDir
    Path work;

    /** Turns not answered yet, by their last message. */
    private final Map<UUID, Turn> waiting = new ConcurrentHashMap<>();

    /** Answered turns and their wait in milliseconds. */
    private final Map<Turn, Long> answered = new ConcurrentHashMap<>();

    /** Conversations Respondo answered and kept (no hand-off), free for a follow-up question. */
    private final List<UUID> followUpCandidates = new ArrayList<>();

    /** Conversations Respondo handed to a person (whatever the turn's kind: the LLM may choose a hand-off too). */
    private final Set<UUID> handedOff = new HashSet<>();

    private long recordSeen;

    @Test
    void answersCustomersWhileTheyWait() throws Exception {
        Hooks.resetOnLastOperator();
        double rate = Double.parseDouble(property("bench.rate", "0.5"));
        Duration duration = duration("bench.duration", "180s");
        Duration warmup = duration("bench.latency.warmup", "20s");
        double followUps = Double.parseDouble(property("bench.follow-ups", "0.2"));
        Duration llmLatency = duration("bench.latency.llm", "800ms");
        Duration tempBoxLatency = duration("bench.latency.tempbox", "50ms");
        String workerProperties = property("bench.worker-properties", "");
        System.out.println("BENCH machine: " + Machine.describe());
        System.out.printf(Locale.ROOT, "BENCH latency settings: rate=%.2f/s duration=%ss warmup=%ss follow-ups=%.2f "
                + "llm=%dms tempbox=%dms worker-properties=[%s]%n", rate, duration.toSeconds(), warmup.toSeconds(),
                followUps, llmLatency.toMillis(), tempBoxLatency.toMillis(), workerProperties);

        sandbox.reset(false);
        sandbox.faults(sandbox.faults().withLatency(tempBoxLatency, Duration.ZERO));
        llm.reset();
        llm.apply(llm.settings().withLatency(llmLatency));
        SandboxCompany company = sandbox.company(TENANT);
        int jmx = WorkerProcess.freePort();
        WorkerProcess.Builder builder = WorkerProcess.againstSandbox("latency-worker", port, List.of(company), work)
            .property("respondo.jobs.dir", jobFiles().toString())
            .property("respondo.jobs.scheduler-enabled", "true")
            .jvmOptions(jvmOptions(jmx).toArray(String[]::new));
        for (String setting : workerProperties.split(",")) {
            if (setting.contains("=")) {
                builder.property(setting.substring(0, setting.indexOf('=')).strip(),
                        setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        WorkerProcess worker = builder.start();
        ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
        try (worker) {
            worker.awaitUp(Duration.ofMinutes(3));
            WorkerGauges gauges = WorkerGauges.connect(jmx);
            long cpuBefore = gauges.cpuNanos();
            long sandboxCpuBefore = Machine.ownCpuNanos();
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(17);
            Instant start = Instant.now();
            Instant measuredFrom = start.plus(warmup);
            Instant end = start.plus(warmup).plus(duration);
            long periodMillis = Math.round(1000 / rate);
            arrivals.scheduleAtFixedRate(() -> arrive(company, random, followUps, measuredFrom, end, arrivals),
                    0, periodMillis, TimeUnit.MILLISECONDS);
            await("the arrivals' end").atMost(warmup.plus(duration).plusMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    requireAlive(worker);
                    return Instant.now().isAfter(end.plus(BURST_GAP.multipliedBy(3)));
                });
            arrivals.shutdown();
            assertThat(arrivals.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            // every turn gets its answer, or two minutes pass: what is left is reported unanswered
            await("the last answers").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    synchronized (this) {
                        collectAnswers();
                    }
                    return waiting.isEmpty() || Instant.now().isAfter(end.plus(Duration.ofMinutes(2)));
                });
            long workerCpu = gauges.cpuNanos() - cpuBefore;
            long sandboxCpu = Machine.ownCpuNanos() - sandboxCpuBefore;
            gauges.close();
            System.out.println(summary(rate, duration, workerCpu, sandboxCpu));
            waiting.values().forEach(turn -> System.out.println("BENCH unanswered: " + turn + "\n"
                    + worker.linesAbout(turn.atendimento().toString())));
        }
        catch (RuntimeException | AssertionError ex) {
            System.out.println("BENCH " + worker.logFile() + " (tail):\n" + worker.tail());
            throw ex;
        }
        finally {
            arrivals.shutdownNow();
        }
    }

    /** One arrival: a follow-up in an answered conversation, or a new conversation; a burst's later messages follow. */
    private synchronized void arrive(SandboxCompany company, RandomGenerator random, double followUps,
            Instant measuredFrom, Instant end, ScheduledExecutorService arrivals) {
        try {
            collectAnswers();
            if (Instant.now().isAfter(end)) {
                return;
            }
            boolean measured = !Instant.now().isBefore(measuredFrom);
            Kind kind = Kind.draw(random);
            List<String> messages = kind.messages(random);
            SeededConversation first;
            if (random.nextDouble() < followUps && !followUpCandidates.isEmpty()) {
                UUID conversation = followUpCandidates.remove(random.nextInt(followUpCandidates.size()));
                first = sandbox.customerWrites(conversation, messages.get(0));
            }
            else {
                first = sandbox.openConversation(company.empresa(), null, 1, Duration.ZERO, messages.get(0));
            }
            if (messages.size() == 1) {
                waiting.put(first.mensagem(), new Turn(first.atendimento(), first.mensagem(), first.cadastro(), kind,
                        measured));
                return;
            }
            for (int i = 1; i < messages.size(); i++) {
                String text = messages.get(i);
                boolean last = i == messages.size() - 1;
                arrivals.schedule(() -> {
                    synchronized (this) {
                        SeededConversation written = sandbox.customerWrites(first.atendimento(), text);
                        if (last) {
                            waiting.put(written.mensagem(), new Turn(written.atendimento(), written.mensagem(),
                                    written.cadastro(), kind, measured));
                        }
                    }
                }, BURST_GAP.multipliedBy(i).toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        catch (RuntimeException ex) {
            System.out.println("BENCH arrival failed: " + ex);
        }
    }

    /** Reads the sandbox's record since the last look: the answers to waiting turns. */
    private void collectAnswers() {
        for (PostedCall call : sandbox.record(recordSeen)) {
            recordSeen = call.sequence();
            boolean forward = call.operation().equals("EncaminharAtendimento");
            if (forward && call.stored() && call.atendimento() != null) {
                // a person owns it now: a question written there is theirs to answer, not a follow-up for Respondo
                followUpCandidates.remove(call.atendimento());
                handedOff.add(call.atendimento());
            }
            boolean reply = call.operation().equals("EnviarMensagem") || forward;
            if (!reply || !call.stored() || call.inReplyTo() == null) {
                continue;
            }
            Turn turn = waiting.remove(call.inReplyTo());
            if (turn != null) {
                answered.put(turn, Duration.between(turn.at(), call.time()).toMillis());
                if (turn.kind() != Kind.HANDOFF && !handedOff.contains(turn.atendimento())) {
                    followUpCandidates.add(turn.atendimento());
                }
            }
        }
    }

    private String summary(double rate, Duration duration, long workerCpuNanos, long sandboxCpuNanos) {
        List<Long> waits = answered.entrySet().stream()
            .filter(entry -> entry.getKey().measured())
            .map(Map.Entry::getValue)
            .sorted()
            .toList();
        long answers = answered.size();
        Map<String, Long> calls = new TreeMap<>(sandbox.calls());
        long tempBoxCalls = calls.values().stream().mapToLong(Long::longValue).sum();
        String byOperation = calls.entrySet().stream()
            .map(entry -> entry.getKey() + "=" + perAnswer(entry.getValue(), answers))
            .collect(Collectors.joining(", ", "{", "}"));
        double workerCpu = answers == 0 ? 0 : workerCpuNanos / 1e6 / answers;
        double sandboxCpu = answers == 0 ? 0 : sandboxCpuNanos / 1e6 / answers;
        return String.format(Locale.ROOT, "BENCH latency rate=%.2f/s duration=%ds turns=%d answered=%d unanswered=%d "
                + "p50=%.1fs p95=%.1fs max=%.1fs llm-requests=%s/answer prompt-tokens=%s/answer "
                + "tempbox-calls=%s/answer %s worker-cpu=%.1fms/answer sandbox-cpu=%.1fms/answer (x%.2f)", rate,
                duration.toSeconds(), answers + waiting.size(), answers, waiting.size(),
                percentile(waits, 0.50) / 1000.0, percentile(waits, 0.95) / 1000.0,
                (waits.isEmpty() ? 0 : waits.get(waits.size() - 1)) / 1000.0, perAnswer(llm.requests(), answers),
                perAnswer(llm.promptTokens(), answers), perAnswer(tempBoxCalls, answers), byOperation, workerCpu,
                sandboxCpu, sandboxCpu == 0 ? 0 : workerCpu / sandboxCpu);
    }

    private static String perAnswer(long count, long answers) {
        return answers == 0 ? "-" : String.format(Locale.ROOT, "%.2f", count / (double) answers);
    }

    /** The shipped job files, data-collection switched off (see the class comment). */
    private Path jobFiles() throws IOException {
        Path jobs = Files.createDirectories(work.resolve("jobs"));
        Files.copy(Path.of("jobs", "replies.yml"), jobs.resolve("replies.yml"));
        String collection = Files.readString(Path.of("jobs", "data-collection.yml"), StandardCharsets.UTF_8);
        Files.writeString(jobs.resolve("data-collection.yml"),
                collection.replaceFirst("(?m)^enabled: true$", "enabled: false"), StandardCharsets.UTF_8);
        return jobs;
    }

    private static List<String> jvmOptions(int jmx) {
        List<String> options = new ArrayList<>(List.of(System.getProperty("bench.worker-jvm",
                "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").split("\\s+")));
        options.addAll(WorkerGauges.jvmOptions(jmx));
        return options;
    }

    private static void requireAlive(WorkerProcess worker) {
        if (!worker.isAlive()) {
            throw new IllegalStateException("the worker died:\n" + worker.tail());
        }
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static Duration duration(String name, String fallback) {
        return DurationStyle.detectAndParse(property(name, fallback));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return (value == null || value.isBlank()) ? fallback : value.strip();
    }
}
