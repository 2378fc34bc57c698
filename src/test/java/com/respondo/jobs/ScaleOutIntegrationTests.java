package com.respondo.jobs;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SeededConversation;
import com.respondo.testsupport.WorkerDatabase;
import com.respondo.testsupport.WorkerJobFiles;
import com.respondo.testsupport.WorkerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three Respondo instances, each a JVM of its own in the {@code prod,postgres} profiles, on one PostgreSQL database
 * (a database of its own on the local server; skipped when no PostgreSQL answers) and one TempBox (the sandbox this
 * test's context serves, its LLM slowed down so that the backlog takes a while):
 * <ol>
 * <li>the execution launched on instance A is split into bucket partitions that all three instances take;</li>
 * <li>instance B is killed ({@code kill -9}) while it runs a partition: once its lease expires, A (the manager)
 * sends the partition to the instances again;</li>
 * <li>then A itself is killed mid-run: the schedule of C takes over, marks A's execution FAILED once its lease
 * expired, and launches the runs that answer the rest;</li>
 * </ol>
 * and every waiting customer message gets exactly one answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=" + ScaleOutIntegrationTests.ADMIN_PASSWORD,
                "respondo.sandbox.seed=false", "respondo.sandbox.generator.enabled=false",
                "respondo.sandbox.llm.latency=250ms" })
class ScaleOutIntegrationTests {

    static final String ADMIN_PASSWORD = "scale-out-admin-password";

    private static final int WAITING_PER_COMPANY = 60;

    private static final Pattern TOOK = Pattern.compile("Took partition \\S+ \\(step execution (\\d+) of");

    private static final Pattern ENDED = Pattern.compile("\\(step execution (\\d+)\\) ended here");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static WorkerDatabase database;

    @LocalServerPort
    int port;

    @Autowired
    Sandbox sandbox;

    @TempDir
    Path work;

    @BeforeAll
    static void createDatabase() {
        database = WorkerDatabase.postgres("respondo_scale");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void threeInstancesShareTheBacklogSurviveAKilledWorkerAndAKilledManagerAndAnswerEveryMessageOnce()
            throws Exception {
        List<SeededConversation> waiting = new ArrayList<>();
        for (SandboxCompany company : sandbox.companies()) {
            waiting.addAll(sandbox.seedWaitingConversations(company.empresa(), WAITING_PER_COMPANY,
                    Duration.ofMinutes(1)));
        }
        // The replies job on a short schedule but paused (launched on demand until the test resumes it).
        Path jobs = WorkerJobFiles.write(work.resolve("jobs"), "2s", false);
        try (WorkerProcess a = worker("instance-a", jobs); WorkerProcess b = worker("instance-b", jobs);
                WorkerProcess c = worker("instance-c", jobs)) {
            for (WorkerProcess worker : List.of(a, b, c)) {
                worker.awaitUp(Duration.ofSeconds(120));
            }

            HttpResponse<String> launched = a.admin("POST", "/admin/jobs/replies/executions");
            assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
            long execution = Long.parseLong(launched.body().replaceAll(".*\"executionId\":(\\d+).*", "$1"));

            await("instance-b running a partition").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> !running(b.log()).isEmpty());
            b.kill();
            Set<Long> lost = running(b.log());
            assertThat(lost).as("partitions instance-b was running when killed").isNotEmpty();

            await("instance-a sends instance-b's partitions again").atMost(Duration.ofSeconds(30))
                .until(() -> lost.stream()
                    .allMatch(id -> a.log().contains("(step execution " + id + ") sent to the instances again: "
                            + "no sign of life")));
            assertThat(status(c, execution)).as("the first execution is still running when its manager dies")
                .isIn("STARTED", "STARTING");
            a.kill();

            HttpResponse<String> resumed = put(c, "/admin/jobs/replies/enabled", "{\"enabled\":true}");
            assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
            await("every waiting message answered").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> answers().keySet()
                    .containsAll(waiting.stream().map(SeededConversation::mensagem).toList()));
            await("instance-c's schedule took the first execution for dead").atMost(Duration.ofSeconds(30))
                .until(() -> c.log().contains("Execution " + execution + " of job replies marked FAILED"));

            assertThat(answers()).as("answers per waiting customer message")
                .containsExactlyInAnyOrderEntriesOf(
                        waiting.stream().collect(Collectors.toMap(SeededConversation::mensagem, m -> 1L)));
            assertThat(List.of(a, b, c)).as("instances that ran partitions")
                .allSatisfy(worker -> assertThat(worker.log()).containsPattern(TOOK));
            assertThat(c.log()).contains("Launched job replies for tenant(s)");
            assertThat(c.stop()).as("instance-c stops gracefully on SIGTERM").isIn(0, 143);
        }
    }

    /** The stored EnviarMensagem calls per customer message answered. */
    private Map<UUID, Long> answers() {
        return sandbox.record()
            .stream()
            .filter(call -> call.operation().equals("EnviarMensagem") && call.stored() && call.inReplyTo() != null)
            .collect(Collectors.groupingBy(PostedCall::inReplyTo, Collectors.counting()));
    }

    /** The partitions a worker's log shows taken and not ended. */
    private static Set<Long> running(String log) {
        Set<Long> running = new HashSet<>(ids(TOOK, log));
        running.removeAll(ids(ENDED, log));
        return running;
    }

    private static Set<Long> ids(Pattern pattern, String log) {
        Set<Long> ids = new HashSet<>();
        Matcher matcher = pattern.matcher(log);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String status(WorkerProcess worker, long execution) {
        HttpResponse<String> response = worker.admin("GET", "/admin/executions/" + execution);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("(?s).*?\"status\":\"([A-Z]+)\".*", "$1");
    }

    private WorkerProcess worker(String name, Path jobs) {
        return database.configure(WorkerProcess.againstSandbox(name, port, sandbox.companies(), work))
            .property("respondo.jobs.dir", jobs.toString())
            .property("respondo.jobs.scheduler-enabled", "true")
            .property("respondo.jobs.initial-delay", "1s")
            .property("respondo.jobs.partition-threads", "2")
            .property("respondo.jobs.partitions.buckets", "4")
            .property("respondo.jobs.partitions.lease", "3s")
            .property("respondo.jobs.partitions.poll-interval", "200ms")
            .property("respondo.jobs.execution-lease", "6s")
            .property("respondo.replies.unconfirmed-after", "3s")
            .property("respondo.replies.debounce", "0s")
            .property("resilience4j.ratelimiter.instances.llm.limit-for-period", "1000")
            .property("resilience4j.ratelimiter.configs.tempbox.limit-for-period", "1000")
            .property("spring.datasource.hikari.maximum-pool-size", "12")
            .start();
    }

    private static HttpResponse<String> put(WorkerProcess worker, String path, String json)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder()
            .encodeToString(("admin:" + WorkerProcess.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(worker.baseUrl() + path))
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .timeout(Duration.ofSeconds(30))
            .build(), HttpResponse.BodyHandlers.ofString());
    }
}
