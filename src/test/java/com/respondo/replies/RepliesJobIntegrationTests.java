package com.respondo.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.tempbox.LatestMessage;
import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.Tenant;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.Executions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on its defaults: {@code POST /admin/jobs/replies/executions} runs the {@code replies} job
 * (initial-response, bot-reply, ai-reply for every tenant) on demand, and it answers every conversation of the
 * sandbox's seed that waits for an answer, once.
 */
@RepliesIntegrationTest
class RepliesJobIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @Autowired
    JobHistory history;

    @Test
    void theRepliesJobLaunchedOnDemandAnswersEverySeededWaitingConversationOnce() {
        scenario.sandbox.reset(true);
        scenario.sandbox.faults(SandboxFaults.none());
        llm.reset();
        Set<UUID> waiting = waitingMessages();
        scenario.mark();

        Map<String, Object> launched = admin().post()
            .uri("/admin/jobs/replies/executions")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
            })
            .returnResult()
            .getResponseBody();
        ExecutionView execution = Executions.ended(history, ((Number) launched.get("executionId")).longValue());

        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(execution.steps()).extracting(ExecutionView.StepView::name)
            .containsExactly("initial-response", "bot-reply", "ai-reply");
        assertThat(waiting).isNotEmpty();
        Map<UUID, Long> answers = scenario.posted("EnviarMensagem")
            .stream()
            .collect(Collectors.groupingBy(PostedCall::inReplyTo, Collectors.counting()));
        assertThat(answers).containsExactlyInAnyOrderEntriesOf(
                waiting.stream().collect(Collectors.toMap(id -> id, id -> 1L)));
        assertThat(waitingMessages()).isEmpty();
    }

    @Test
    void aDryRunDecidesEveryWaitingConversationButPostsAndRecordsNothing() {
        scenario.sandbox.reset(true);
        scenario.sandbox.faults(SandboxFaults.none());
        llm.reset();
        Set<UUID> waiting = waitingMessages();
        scenario.mark();

        Map<String, Object> launched = admin().post()
            .uri("/admin/jobs/replies/executions?dryRun=true")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
            })
            .returnResult()
            .getResponseBody();
        ExecutionView execution = Executions.ended(history, ((Number) launched.get("executionId")).longValue());

        assertThat(execution.status()).isEqualTo("COMPLETED");
        assertThat(execution.dryRun()).isTrue();
        assertThat(execution.steps()).allSatisfy(step -> assertThat(step.found()).isEqualTo(step.readCount()));
        assertThat(execution.steps().stream().mapToLong(ExecutionView.StepView::writeCount).sum()).isPositive();
        assertThat(scenario.posted()).as("nothing posted to TempBox").isEmpty();
        List<String> ids = waiting.stream().map(UUID::toString).toList();
        assertThat(scenario.tenants.all()).allSatisfy(tenant -> assertThat(scenario.ledger.statusByMessage(
                tenant.id(), ids)).as("ledger of " + tenant.id()).isEmpty());
        assertThat(waitingMessages()).containsExactlyInAnyOrderElementsOf(waiting);
    }

    @Test
    void theLlmLinesOfAConversationCarryItsTenantConversationStepAndExecutionAsFields() {
        scenario.sandbox.reset(true);
        scenario.sandbox.faults(SandboxFaults.none());
        llm.reset();
        Logger llmLog = (Logger) LoggerFactory.getLogger("com.respondo.llm.SpringAiLlm");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Level level = llmLog.getLevel();
        llmLog.setLevel(Level.DEBUG);
        llmLog.addAppender(lines);
        long id;
        try {
            // a dry run: the same planning, and the ledger keeps nothing that would stop the other tests' answers
            Map<String, Object> launched = admin().post()
                .uri("/admin/jobs/replies/executions?dryRun=true")
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(AdminClients.JSON)
                .returnResult()
                .getResponseBody();
            id = ((Number) launched.get("executionId")).longValue();
            Executions.ended(history, id);
        }
        finally {
            llmLog.detachAppender(lines);
            llmLog.setLevel(level);
        }

        assertThat(lines.list).as("the LLM's lines while the processors plan").isNotEmpty()
            .allSatisfy(line -> assertThat(line.getMDCPropertyMap())
                .containsKeys("tenant", "conversation", "step")
                .containsEntry("execution", Long.toString(id))
                .satisfies(fields -> assertThat(line.getFormattedMessage())
                    .contains(fields.get("tenant"), fields.get("step"), fields.get("conversation"))));
    }

    /** The newest customer messages of the open conversations nobody or the bot owns. */
    private Set<UUID> waitingMessages() {
        List<LatestMessage> rows = new ArrayList<>();
        for (Tenant tenant : scenario.tenants.all()) {
            scenario.client.listarMensagensEmAberto(tenant,
                    new ListarMensagensEmAbertoRequest(tenant.empresa(), 1, 1000))
                .stream()
                .filter(row -> row.atendenteResponsavel() == null
                        || row.atendenteResponsavel().equalsIgnoreCase(tenant.atendente()))
                .filter(row -> Boolean.FALSE.equals(row.mensagemAtendente()))
                .forEach(rows::add);
        }
        return rows.stream().map(row -> UUID.fromString(row.atendimentoMensagem())).collect(Collectors.toSet());
    }

    private WebTestClient admin() {
        return AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD);
    }
}
