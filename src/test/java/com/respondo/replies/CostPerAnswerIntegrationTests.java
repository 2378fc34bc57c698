package com.respondo.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import com.respondo.jobs.ExecutionView;
import com.respondo.jobs.JobHistory;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;
import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.Executions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import static com.respondo.replies.Scenario.AURORA;
import static com.respondo.replies.Scenario.SORRISO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one answer costs (issue 17): the replies job, launched as the admin API launches it, answers waiting
 * conversations of every kind (new ones with a question a canned message answers, one the AI answers from the
 * company's documents, a booking, a hand-off request, and follow-ups in conversations the bot already owns) with at
 * most 1.1 LLM requests per answered customer turn (1.43 before the one decision per turn), counted by the sandbox
 * LLM, and the TempBox calls per answer counted by the sandbox's call record (reads included), printed by operation.
 * <p>
 * The target for TempBox is 5 calls per answer; the steps reach 7.7 here (10.1 before reads and lists were
 * shared between the steps, 8.3 before a turn went through the later steps' decisions in the item that read it, which
 * spared a new conversation the start's own {@code Consultar}). What is left above 5 is the read before deciding and
 * the re-read before posting costing two calls each ({@code ListarMensagensAtendimento} and {@code Consultar}), and
 * the hand-offs' and bookings' later effects; the test guards the figure reached.
 */
@RepliesIntegrationTest
class CostPerAnswerIntegrationTests {

    /**
     * The figure reached (7.57, one listing per run and partition) with room for a retry of a loaded machine; the
     * issue's target is 5.
     */
    private static final double TEMPBOX_CALLS_PER_ANSWER = 7.9;

    @LocalServerPort
    int port;

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @Autowired
    JobHistory history;

    @Test
    void anAnsweredCustomerTurnCostsAtMostOneLlmRequestAndFewerTempBoxCalls() {
        scenario.reset();
        List<SeededConversation> waiting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiting.add(scenario.newConversation(AURORA, "Quanto custa o frete? Qual o valor para o meu CEP?"));
            waiting.add(scenario.newConversation(AURORA, "Vocês vendem vale-presente?"));
            waiting.add(scenario.newConversation(AURORA, "Tem loja em Joinville?"));
            waiting.add(scenario.newConversation(SORRISO, "Gostaria de agendar uma limpeza"));
            waiting.add(scenario.newConversation(AURORA, "Meu pedido atrasou, quero falar com um atendente"));
            waiting.add(scenario.botConversation(AURORA, "E cartão presente, vocês têm?"));
            waiting.add(scenario.botConversation(SORRISO, "Vocês atendem aos sábados?"));
        }
        scenario.mark();
        llm.reset();

        ExecutionView execution = launchReplies();

        assertThat(execution.status()).isEqualTo("COMPLETED");
        Set<UUID> expected = waiting.stream().map(SeededConversation::mensagem).collect(Collectors.toSet());
        Map<UUID, Long> answers = scenario.posted("EnviarMensagem")
            .stream()
            .collect(Collectors.groupingBy(PostedCall::inReplyTo, Collectors.counting()));
        assertThat(answers).as("every waiting customer turn answered once")
            .containsExactlyInAnyOrderEntriesOf(expected.stream().collect(Collectors.toMap(id -> id, id -> 1L)));
        int turns = answers.size();
        Map<String, Long> calls = new TreeMap<>(scenario.calls());
        long tempBox = calls.values().stream().mapToLong(Long::longValue).sum();
        double llmPerTurn = (double) llm.requests() / turns;
        double tempBoxPerAnswer = (double) tempBox / turns;
        System.out.printf("cost per answer: %d customer turns answered; LLM requests %d (%.2f per turn); TempBox "
                + "calls %d (%.2f per answer) %s%n", turns, llm.requests(), llmPerTurn, tempBox, tempBoxPerAnswer,
                perAnswer(calls, turns));
        assertThat(llmPerTurn).as("LLM requests per answered customer turn").isLessThanOrEqualTo(1.1);
        assertThat(tempBoxPerAnswer).as("TempBox calls per answer " + perAnswer(calls, turns))
            .isLessThanOrEqualTo(TEMPBOX_CALLS_PER_ANSWER);
    }

    /**
     * The tenants' canned messages and the bot's team mates are kept across runs ({@code list-cache-ttl}): a second
     * run a few seconds after the first reads neither again, where it used to read each once per run; the agenda is
     * read again only because the first run booked a slot.
     */
    @Test
    void aSecondRunReadsNoneOfTheListsTheFirstRead() {
        scenario.reset();
        List<String> lists = List.of("ListarMensagensPadrao", "ListarHashesOutrosHumanosEquipesAtendente",
                "ListarDiasHorariosAtendentesAgendaDisponivel");
        waitingOfEveryKind();
        scenario.mark();
        assertThat(launchReplies().status()).isEqualTo("COMPLETED");
        assertThat(scenario.calls()).as("the first run").containsKeys(lists.toArray(String[]::new));

        waitingOfEveryKind();
        scenario.mark();
        assertThat(launchReplies().status()).isEqualTo("COMPLETED");

        assertThat(scenario.posted("EnviarMensagem")).as("the second run answered too").hasSize(3);
        assertThat(scenario.calls()).as("the second run")
            .doesNotContainKeys("ListarMensagensPadrao", "ListarHashesOutrosHumanosEquipesAtendente");
    }

    private void waitingOfEveryKind() {
        scenario.newConversation(AURORA, "Vocês vendem vale-presente?");
        scenario.newConversation(SORRISO, "Gostaria de agendar uma limpeza");
        scenario.newConversation(AURORA, "Meu pedido atrasou, quero falar com um atendente");
    }

    private ExecutionView launchReplies() {
        Map<String, Object> launched = AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD)
            .post()
            .uri("/admin/jobs/replies/executions")
            .exchange()
            .expectStatus()
            .isAccepted()
            .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
            })
            .returnResult()
            .getResponseBody();
        return Executions.ended(history, ((Number) launched.get("executionId")).longValue());
    }

    private static Map<String, String> perAnswer(Map<String, Long> calls, int turns) {
        Map<String, String> per = new TreeMap<>();
        calls.forEach((operation, count) -> per.put(operation, String.format("%.2f", (double) count / turns)));
        return per;
    }
}
