package com.respondo.replies;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.respondo.jobs.Partition;
import com.respondo.jobs.StepDefinition;
import com.respondo.jobs.StepFactory;
import com.respondo.jobs.StepMode;
import com.respondo.jobs.StepSettings;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.policy.TenantListCache;
import com.respondo.sandbox.OpenMessages;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.tempbox.IniciarAtendimentoRequest;
import com.respondo.tempbox.PegarAtendimentoRequest;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenants;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reply step tests set up and look at: conversations in the sandbox (new ones, ones the bot owns), one reply
 * step run for one tenant (its worker step in a one-step job, as a partition would run it), the sandbox's record and
 * call counts since a mark, and the ledger.
 */
public final class Scenario {

    public static final String AURORA = "loja-aurora";

    static final String SORRISO = "clinica-sorriso";

    public final Sandbox sandbox;

    final SandboxLlmControls llm;

    public final TempBoxClient client;

    public final Tenants tenants;

    public final ReplyLedger ledger;

    private final LedgerQueries ledgerQueries;

    private final List<StepFactory> factories;

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final CircuitBreakerRegistry breakers;

    private final JdbcClient jdbc;

    private final TenantListCache.Shared tenantLists;

    private long mark;

    private Map<String, Long> callsAtMark = Map.of();

    @Autowired
    Scenario(Sandbox sandbox, SandboxLlmControls llm, TempBoxClient client, Tenants tenants, ReplyLedger ledger,
            LedgerQueries ledgerQueries, List<StepFactory> factories, JobOperator jobOperator,
            JobRepository jobRepository, CircuitBreakerRegistry breakers, JdbcClient jdbc,
            TenantListCache.Shared tenantLists) {
        this.sandbox = sandbox;
        this.tenantLists = tenantLists;
        this.jdbc = jdbc;
        this.breakers = breakers;
        this.llm = llm;
        this.client = client;
        this.tenants = tenants;
        this.ledger = ledger;
        this.ledgerQueries = ledgerQueries;
        this.factories = factories;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    /**
     * An empty sandbox (no seeded conversation), an empty reply ledger (its entries named the conversations just
     * dropped: an old intent among them would be settled by reading a conversation that no longer exists), no fault,
     * the sandbox LLM at once and faultless, and every circuit breaker closed (a fault of an earlier test must not
     * leave one open), and the tenants' lists the worker keeps across runs forgotten (a test's first run reads them).
     */
    public Scenario reset() {
        sandbox.reset(false);
        tenantLists.clear();
        jdbc.sql("DELETE FROM reply_ledger").update();
        sandbox.faults(SandboxFaults.none());
        llm.reset();
        return closeBreakers();
    }

    /** Every circuit breaker closed, so that the faults a test injected do not keep its next run out. */
    public Scenario closeBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        return this;
    }

    public SandboxCompany company(String tenant) {
        return sandbox.company(tenant);
    }

    /** A conversation nobody started, the customer's messages a minute old. */
    public SeededConversation newConversation(String tenant, String... customerMessages) {
        return newConversation(tenant, Duration.ofMinutes(1), customerMessages);
    }

    public SeededConversation newConversation(String tenant, Duration age, String... customerMessages) {
        return sandbox.openConversation(company(tenant).empresa(), "Ana Paula Ferreira", 1, age, customerMessages);
    }

    /** A conversation the bot owns whose customer messages (a minute old) wait for an answer. */
    public SeededConversation botConversation(String tenant, String... customerMessages) {
        return botConversation(tenant, Duration.ofMinutes(1), customerMessages);
    }

    public SeededConversation botConversation(String tenant, Duration age, String... customerMessages) {
        SeededConversation conversation = newConversation(tenant, age, customerMessages);
        Tenant owner = tenants.get(tenant);
        client.iniciarAtendimento(owner, new IniciarAtendimentoRequest(owner.atendente(),
                conversation.atendimento().toString(), owner.empresa()));
        return conversation;
    }

    /** A human attendant of the company takes the conversation (PegarAtendimento). */
    void humanTakes(String tenant, SeededConversation conversation) {
        Tenant owner = tenants.get(tenant);
        client.pegarAtendimento(owner, new PegarAtendimentoRequest(company(tenant).humans().get(0).id().toString(),
                conversation.atendimento().toString(), owner.empresa()));
    }

    /** From now on, the sandbox answers ListarMensagensEmAberto in this form (until the next reset). */
    public Scenario openMessages(OpenMessages shape) {
        sandbox.openMessages(shape);
        return this;
    }

    /** A human attendant of the company writes in the conversation, {@code age} ago, without taking it. */
    void humanWrites(String tenant, SeededConversation conversation, Duration age, String text) {
        sandbox.attendantWrites(conversation.atendimento(), company(tenant).humans().get(0).id(), text, age);
    }

    /** The customer writes again in the conversation, {@code age} ago; answers it with that message as its newest. */
    public SeededConversation customerWrites(SeededConversation conversation, Duration age, String text) {
        return sandbox.customerWrites(conversation.atendimento(), text, age);
    }

    /** From now on, {@link #posted()} and {@link #calls()} count what comes after. */
    public Scenario mark() {
        List<PostedCall> record = sandbox.record();
        mark = record.isEmpty() ? 0 : record.get(record.size() - 1).sequence();
        callsAtMark = sandbox.calls();
        return this;
    }

    /** The calls posted since the mark. */
    public List<PostedCall> posted() {
        return sandbox.record(mark);
    }

    /**
     * The calls posted since the mark, without the return a hand-off outside business hours reserves
     * ({@code AgendarMensagem} after its forward): tests on the wall clock see it or not depending on the hour.
     */
    public List<PostedCall> postedButReturns() {
        return posted().stream().filter(call -> !call.operation().equals("AgendarMensagem")).toList();
    }

    /** The posted calls of one operation since the mark. */
    public List<PostedCall> posted(String operation) {
        return posted().stream().filter(call -> call.operation().equals(operation)).toList();
    }

    /** The calls per operation since the mark, reads included, operations without calls left out. */
    public Map<String, Long> calls() {
        Map<String, Long> since = new HashMap<>();
        sandbox.calls().forEach((operation, count) -> {
            long delta = count - callsAtMark.getOrDefault(operation, 0L);
            if (delta > 0) {
                since.put(operation, delta);
            }
        });
        return since;
    }

    /** Runs one reply step for one tenant, locally, and returns its finished execution. */
    public JobExecution run(String step, String tenant) throws Exception {
        return run(step, tenant, StepMode.LOCAL);
    }

    public JobExecution run(String step, String tenant, StepMode mode) throws Exception {
        return run(step, tenant, mode, 1);
    }

    /**
     * Runs one reply step for one tenant, locally, as the first of a job whose later steps are {@code later} (local):
     * the step carries the turns it hands on through them (issue 17), and the later steps are not run.
     */
    public JobExecution runCarrying(String step, String tenant, String... later) throws Exception {
        StepFactory factory = factories.stream()
            .filter(candidate -> candidate.stepName().equals(step))
            .findFirst()
            .orElseThrow();
        StepSettings settings = new StepSettings("replies", step, StepMode.LOCAL, 10, 4).withLater(
                Arrays.stream(later).map(name -> new StepDefinition(name, StepMode.LOCAL)).toList());
        Job job = new JobBuilder("test-" + step, jobRepository)
            .start(factory.workerStep(settings, new Partition(tenant, 0, 1)))
            .build();
        return jobOperator.start(job, new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
            .toJobParameters());
    }

    /** Runs the steps for one tenant, locally, one after the other in one job execution, as a job file's steps run. */
    public JobExecution run(List<String> steps, String tenant) throws Exception {
        SimpleJobBuilder job = null;
        for (String step : steps) {
            StepFactory factory = factories.stream()
                .filter(candidate -> candidate.stepName().equals(step))
                .findFirst()
                .orElseThrow();
            var built = factory.workerStep(new StepSettings("replies", step, StepMode.LOCAL, 10, 4),
                    new Partition(tenant, 0, 1));
            job = (job == null) ? new JobBuilder("test-" + String.join("-", steps), jobRepository).start(built)
                    : job.next(built);
        }
        return jobOperator.start(Objects.requireNonNull(job).build(),
                new JobParametersBuilder().addString("run", UUID.randomUUID().toString()).toJobParameters());
    }

    /** Runs one reply step for one tenant split into {@code buckets} bucket partitions, one after the other. */
    public JobExecution run(String step, String tenant, StepMode mode, int buckets) throws Exception {
        StepFactory factory = factories.stream()
            .filter(candidate -> candidate.stepName().equals(step))
            .findFirst()
            .orElseThrow();
        SimpleJobBuilder job = new JobBuilder("test-" + step, jobRepository).start(
                factory.workerStep(new StepSettings("replies", step, mode, 10, 4), new Partition(tenant, 0, buckets)));
        for (int bucket = 1; bucket < buckets; bucket++) {
            Partition partition = new Partition(tenant, bucket, buckets);
            job.next(factory.workerStep(new StepSettings("replies", step + ":" + partition.key(), mode, 10, 4),
                    partition));
        }
        return jobOperator.start(job.build(), new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
            .toJobParameters());
    }

    /**
     * Makes a ledger entry look ten minutes old, as one left by an earlier run (its heartbeat past
     * {@code unconfirmed-after}).
     */
    void age(long entryId) {
        jdbc.sql("UPDATE reply_ledger SET updated_at = :before, heartbeat_at = :before WHERE id = :id")
            .param("before", OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofMinutes(10)))
            .param("id", entryId)
            .update();
    }

    /** A tenant's TempBox circuit breaker ({@code tempbox-<tenant id>}). */
    public CircuitBreaker tempBoxBreaker(String tenant) {
        return breakers.circuitBreaker("tempbox-" + tenant, "tempbox");
    }

    /** The ledger entry of a step for a customer message, if any. */
    public Optional<LedgerEntry> entry(String step, SeededConversation conversation) {
        return ledgerQueries.findByConversation(conversation.atendimento().toString())
            .stream()
            .filter(entry -> entry.step().equals(step) && entry.mensagem().equals(conversation.mensagem().toString()))
            .findFirst();
    }
}
