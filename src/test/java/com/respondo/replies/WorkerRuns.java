package com.respondo.replies;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.WorkerJobFiles;
import com.respondo.testsupport.WorkerDatabase;
import com.respondo.testsupport.WorkerProcess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the crash and chaos tests share: a worker JVM that runs the replies job on a quick schedule against the test
 * context's sandbox, and what the sandbox's record says about the answers it got.
 */
final class WorkerRuns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkerRuns() {
    }

    /**
     * A worker against the sandbox on {@code sandboxPort} that runs the replies job every second (data collection
     * off), its database in {@code data} (shared by a worker and its restart), quick to give up on a stuck intent
     * (4 s) and to read again a send that ended without an answer (2 s), with resilience tuned to a test's time
     * scale: 2 s open breakers, short retry waits, rate limits out of the way. Production defaults are untouched.
     */
    static WorkerProcess.Builder worker(String name, int sandboxPort, Sandbox sandbox, Path work, Path data) {
        Path jobs = WorkerJobFiles.write(work.resolve("jobs"), "1s", true);
        return WorkerProcess.againstSandbox(name, sandboxPort, sandbox.companies(), work)
            .property("respondo.data-dir", data.toString())
            .property("respondo.jobs.dir", jobs.toString())
            .property("respondo.jobs.scheduler-enabled", "true")
            .property("respondo.jobs.initial-delay", "200ms")
            .property("respondo.replies.unconfirmed-after", "4s")
            .property("respondo.replies.unknown-send-settle", "2s")
            .property("respondo.tempbox.read-timeout", "2s")
            .property("respondo.llm.timeout", "3s")
            .property("resilience4j.circuitbreaker.configs.tempbox.wait-duration-in-open-state", "2s")
            .property("resilience4j.circuitbreaker.instances.llm.wait-duration-in-open-state", "2s")
            .property("resilience4j.retry.configs.tempbox.wait-duration", "100ms")
            .property("resilience4j.retry.instances.llm.wait-duration", "200ms")
            .property("resilience4j.ratelimiter.configs.tempbox.limit-for-period", "1000")
            .property("resilience4j.ratelimiter.instances.llm.limit-for-period", "1000");
    }

    /** The stored EnviarMensagem calls of the record, counted by the customer message they answer. */
    static Map<UUID, Long> answersByMessage(Sandbox sandbox) {
        return sandbox.record()
            .stream()
            .filter(call -> call.operation().equals("EnviarMensagem") && call.stored() && call.inReplyTo() != null)
            .collect(Collectors.groupingBy(PostedCall::inReplyTo, TreeMap::new, Collectors.counting()));
    }

    /** How many of the given customer messages have at least one stored answer. */
    static long answered(Sandbox sandbox, Collection<SeededConversation> waiting) {
        Map<UUID, Long> answers = answersByMessage(sandbox);
        return waiting.stream().filter(conversation -> answers.containsKey(conversation.mensagem())).count();
    }

    /** Each given customer message has exactly one stored answer, and no other message got one. */
    static void assertAnsweredExactlyOnce(Sandbox sandbox, Collection<SeededConversation> waiting) {
        Map<UUID, Long> answers = answersByMessage(sandbox);
        Set<UUID> expected = waiting.stream().map(SeededConversation::mensagem).collect(Collectors.toSet());
        assertThat(sandbox.record().stream()
            .filter(call -> call.operation().equals("EnviarMensagem") && call.stored() && call.inReplyTo() != null
                    && answers.get(call.inReplyTo()) > 1))
            .as("answers to customer messages answered more than once").isEmpty();
        assertThat(expected.stream().filter(message -> !answers.containsKey(message)))
            .as("customer messages left unanswered").isEmpty();
        assertThat(answers.keySet()).as("only the waiting messages were answered")
            .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The worker's circuit breakers and their states, from its health endpoint. */
    static Map<String, String> breakers(WorkerProcess worker) {
        HttpResponse<String> response = worker.admin("GET", "/actuator/health/breakers");
        JsonNode details = JSON.readTree(response.body()).path("details");
        Map<String, String> states = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> breaker : details.properties()) {
            states.put(breaker.getKey(), breaker.getValue().path("state").asString());
        }
        return states;
    }

    /** The newest execution of the replies job, as the worker's admin API shows it. */
    static JsonNode newestExecution(WorkerProcess worker) {
        HttpResponse<String> response = worker.admin("GET", "/admin/jobs/replies/executions?size=1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("executions").path(0);
    }

    static JsonNode execution(WorkerProcess worker, long id) {
        HttpResponse<String> response = worker.admin("GET", "/admin/executions/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** The worker's reply ledger entries by status (on H2, read once the worker is gone). */
    static Map<String, Integer> ledgerStatuses(WorkerDatabase database) {
        Map<String, Integer> counts = new TreeMap<>();
        database.read(jdbc -> jdbc.sql("SELECT status, COUNT(*) AS entries FROM reply_ledger GROUP BY status")
            .query((rs, n) -> counts.put(rs.getString("status"), rs.getInt("entries")))
            .list());
        return counts;
    }

    /** The status of each step's entry for one customer message, read as {@link #ledgerStatuses}. */
    static Map<String, String> stepStatuses(WorkerDatabase database, UUID mensagem) {
        Map<String, String> statuses = new TreeMap<>();
        database.read(jdbc -> jdbc.sql("SELECT step, status FROM reply_ledger WHERE LOWER(mensagem) = :mensagem")
            .param("mensagem", mensagem.toString().toLowerCase(java.util.Locale.ROOT))
            .query((rs, n) -> statuses.put(rs.getString("step"), rs.getString("status")))
            .list());
        return statuses;
    }

    /** The secrets a worker or the test knows: none may appear in any log. */
    static List<String> secrets(Sandbox sandbox) {
        List<String> secrets = new java.util.ArrayList<>(List.of("sk-worker-test-key", WorkerProcess.ADMIN_PASSWORD,
                RepliesIntegrationTest.ADMIN_PASSWORD));
        sandbox.companies().forEach(company -> secrets.add(company.token()));
        return secrets;
    }
}
