package com.respondo.replies;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.replies.policy.FollowUpSettings;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxClock;
import com.respondo.sandbox.SeededConversation;
import com.respondo.sandbox.llm.SandboxLlmControls;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 2, on the sandbox with its clock standing still and moved forward: a customer silent after the
 * bot's answer gets one nudge after two hours (inside business hours), then a farewell and the close after 22 more;
 * an answer cancels both, a person's conversation is left alone, and a re-run or a crash never sends a second nudge.
 */
@RepliesIntegrationTest
class FollowUpsIntegrationTests {

    private static final String NUDGE = "follow-up-nudge";

    private static final String CLOSE = "follow-up-close";

    /** A Tuesday (no holiday) at 10:00 in São Paulo: Loja Aurora is open from 09:00 to 18:00. */
    private static final Instant TUESDAY_MORNING = OffsetDateTime.parse("2026-12-08T10:00:00-03:00").toInstant();

    private static final String SANDBOX_NUDGE_START = "Oi, Ana! Conseguiu ver minha última mensagem?";

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxLlmControls llm;

    @Autowired
    JdbcClient jdbc;

    private SandboxClock clock;

    @BeforeEach
    void tuesdayMorning() {
        scenario.reset();
        clock = scenario.sandbox.clock();
        clock.set(TUESDAY_MORNING, true);
    }

    @AfterEach
    void wallClockAgain() {
        clock.reset();
        llm.reset();
    }

    @Test
    void nudgesOnceAfterTwoHoursThenSaysGoodbyeAndClosesAfterTwentyTwoMore() throws Exception {
        SeededConversation ana = silentCustomer();
        scenario.mark();

        clock.advance(Duration.ofMinutes(90));
        runBoth();
        assertThat(scenario.posted()).as("not silent for two hours yet").isEmpty();

        clock.advance(Duration.ofMinutes(35));
        runBoth();
        clock.advance(Duration.ofHours(21));
        runBoth();
        assertThat(scenario.posted("EnviarMensagem")).as("the nudge only, still within close-after").hasSize(1);

        clock.advance(Duration.ofHours(1));
        runBoth();

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("EnviarMensagem", "EnviarMensagem", "EncerrarAtendimento");
        assertThat(scenario.posted("EnviarMensagem")).extracting(PostedCall::text)
            .satisfiesExactly(nudge -> assertThat(nudge).startsWith(SANDBOX_NUDGE_START),
                    farewell -> assertThat(farewell).isEqualTo(FollowUpSettings.FAREWELL));
        assertThat(scenario.posted()).allSatisfy(call -> assertThat(call.atendimento()).isEqualTo(ana.atendimento()));
        assertThat(ledger(NUDGE)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.text()).startsWith(SANDBOX_NUDGE_START);
        });
        assertThat(ledger(CLOSE)).singleElement()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
    }

    /**
     * Issue 17, fewer TempBox calls: the follow-ups job runs every minute; its two steps list the open conversations
     * once per run, a conversation is read again only when a follow-up may be due there (the wait its last read
     * showed is over) or its row of the list changed, and that read takes the owner and channel from the list (no
     * Consultar; the delivery reads the conversation whole before posting).
     */
    @Test
    void aRunEveryMinuteListsOnceAndReadsOnlyConversationsWhoseWaitIsOver() throws Exception {
        SeededConversation ana = silentCustomer();
        SeededConversation bruno = silentCustomer();
        scenario.mark();
        runJob();
        assertThat(scenario.calls()).as("the first run lists once and reads both, owner and channel from the list")
            .isEqualTo(Map.of("ListarEmAberto", 1L, "ListarMensagensAtendimento", 2L));

        for (int minute = 0; minute < 3; minute++) {
            clock.advance(Duration.ofMinutes(1));
            scenario.mark();
            runJob();
            assertThat(scenario.calls()).as("a run while both waits last: the list only")
                .isEqualTo(Map.of("ListarEmAberto", 1L));
        }

        scenario.customerWrites(bruno, Duration.ZERO, "e para Florianópolis?");
        clock.advance(Duration.ofMinutes(1));
        scenario.mark();
        runJob();
        assertThat(scenario.calls()).as("the conversation whose row changed is read again")
            .containsEntry("ListarEmAberto", 1L).containsKey("ListarMensagensAtendimento");
        clock.advance(Duration.ofMinutes(1));
        scenario.mark();
        runJob();
        assertThat(scenario.calls()).isEqualTo(Map.of("ListarEmAberto", 1L));

        clock.advance(Duration.ofHours(2));
        scenario.mark();
        runJob();
        assertThat(scenario.posted("EnviarMensagem")).as("Ana's wait is over: her nudge, Bruno's turn untouched")
            .singleElement()
            .satisfies(call -> assertThat(call.atendimento()).isEqualTo(ana.atendimento()));
    }

    @Test
    void aCustomerAnswerCancelsTheNudgeAndTheClose() throws Exception {
        SeededConversation answersBeforeTheNudge = silentCustomer();
        SeededConversation answersAfterTheNudge = silentCustomer();
        clock.advance(Duration.ofHours(2).plusMinutes(5));
        scenario.customerWrites(answersBeforeTheNudge, Duration.ofMinutes(1), "oi, ainda estou aqui");
        scenario.mark();

        runBoth();
        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.atendimento()).isEqualTo(answersAfterTheNudge.atendimento()));
        scenario.customerWrites(answersAfterTheNudge, Duration.ZERO, "ajudou sim, mas tenho outra dúvida");
        clock.advance(Duration.ofHours(23));
        scenario.mark();
        runBoth();

        assertThat(scenario.posted()).isEmpty();
    }

    @Test
    void leavesAConversationAHumanOwnsOrJoinedAlone() throws Exception {
        SeededConversation taken = silentCustomer();
        scenario.humanTakes(AURORA, taken);
        SeededConversation joined = silentCustomer();
        scenario.humanWrites(AURORA, joined, Duration.ofSeconds(30), "Oi, sou a Marina, da equipe. Posso ajudar?");
        botWrites(joined, Duration.ofSeconds(10), "Fico à disposição por aqui também.");
        clock.advance(Duration.ofHours(25));
        scenario.mark();

        runBoth();
        clock.advance(Duration.ofHours(23));
        runBoth();

        assertThat(scenario.posted()).isEmpty();
        assertThat(ledger(NUDGE)).isEmpty();
    }

    @Test
    void sendsNoSecondNudgeWhenTheStepRunsAgain() throws Exception {
        silentCustomer();
        clock.advance(Duration.ofHours(2).plusMinutes(5));
        scenario.mark();

        scenario.run(NUDGE, AURORA);
        scenario.run(NUDGE, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).hasSize(1);
    }

    @Test
    void sendsNoSecondNudgeAfterACrashLeftItsIntentUnconfirmed() throws Exception {
        silentCustomer();
        clock.advance(Duration.ofHours(2).plusMinutes(5));
        scenario.mark();
        scenario.run(NUDGE, AURORA);
        LedgerEntry sent = ledger(NUDGE).get(0);
        // as if the run had crashed between the post and its record: the intent left behind, its heartbeat old
        jdbc.sql("UPDATE reply_ledger SET status = 'INTENT', answering = mensagem, sent_at = NULL WHERE id = :id")
            .param("id", sent.id())
            .update();
        scenario.age(sent.id());

        scenario.run(NUDGE, AURORA);
        scenario.run(NUDGE, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).hasSize(1);
        assertThat(scenario.ledger.get(sent.id()).status()).isEqualTo(LedgerStatus.SENT);
    }

    @Test
    void sendsNoNudgeOutsideBusinessHours() throws Exception {
        clock.set(OffsetDateTime.parse("2026-12-08T16:30:00-03:00").toInstant(), true);
        silentCustomer();
        clock.advance(Duration.ofHours(2).plusMinutes(5));   // 18:35, after Loja Aurora closed
        scenario.mark();

        scenario.run(NUDGE, AURORA);
        assertThat(scenario.posted()).isEmpty();

        clock.set(OffsetDateTime.parse("2026-12-09T09:05:00-03:00").toInstant(), true);   // open again
        scenario.run(NUDGE, AURORA);
        assertThat(scenario.posted("EnviarMensagem")).hasSize(1);
    }

    @Test
    void sendsTheFixedNudgeWhenTheLlmIsDown() throws Exception {
        silentCustomer();
        clock.advance(Duration.ofHours(2).plusMinutes(5));
        llm.apply(llm.settings().withErrorRate(1));
        scenario.mark();

        scenario.run(NUDGE, AURORA);

        assertThat(scenario.posted("EnviarMensagem")).singleElement()
            .satisfies(call -> assertThat(call.text()).isEqualTo(FollowUpSettings.NUDGE));
        assertThat(ledger(NUDGE)).singleElement()
            .satisfies(entry -> assertThat(String.valueOf(entry.detail().get("basis"))).isEqualTo("FALLBACK"));
    }

    /** A conversation the bot owns, whose customer asked something and got the bot's answer a minute later. */
    private SeededConversation silentCustomer() {
        SeededConversation conversation = scenario.botConversation(AURORA, Duration.ofMinutes(3),
                "Qual o prazo de entrega para Curitiba?");
        botWrites(conversation, Duration.ofMinutes(2), "Para Curitiba o prazo é de 2 a 5 dias úteis após a "
                + "confirmação do pagamento.");
        return conversation;
    }

    private void botWrites(SeededConversation conversation, Duration age, String text) {
        scenario.sandbox.attendantWrites(conversation.atendimento(),
                UUID.fromString(scenario.tenants.get(AURORA).atendente()), text, age);
    }

    /** Both steps in one job execution, as the follow-ups job runs them. */
    private void runJob() throws Exception {
        scenario.run(List.of(NUDGE, CLOSE), AURORA);
    }

    private void runBoth() throws Exception {
        scenario.run(NUDGE, AURORA);
        scenario.run(CLOSE, AURORA);
    }

    private List<LedgerEntry> ledger(String step) {
        return jdbc.sql("SELECT id FROM reply_ledger WHERE step = :step ORDER BY id")
            .param("step", step)
            .query(Long.class)
            .list()
            .stream()
            .map(scenario.ledger::get)
            .toList();
    }
}
