package com.respondo.replies.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.respondo.ledger.LedgerQueries;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.ledger.LedgerStatus;
import com.respondo.ledger.ReplyLedger;
import com.respondo.replies.RepliesIntegrationTest;
import com.respondo.replies.Scenario;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.sandbox.HeldCall;
import com.respondo.sandbox.SeededConversation;
import com.respondo.tempbox.Tenant;
import com.respondo.testsupport.MigratedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import static com.respondo.replies.Scenario.AURORA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two runners of a reply step (two executors, each with a ledger of its own, as two instances would have) on one
 * PostgreSQL ledger (a database of its own on the local server; skipped when no PostgreSQL answers) and the sandbox
 * TempBox. A delivery that is only slow (its EnviarMensagem held by TempBox far longer than {@code unconfirmed-after})
 * is not taken for a crashed one: the other runner, trying again and again meanwhile, leaves it alone, and the
 * customer gets one answer. A runner that was paused without its heartbeat (as a frozen process would be) is taken
 * over once its intent is older than {@code unconfirmed-after}, and when it resumes it posts nothing and records
 * nothing over the other's claim. The TempBox read timeout is long here (30 s), so that a held call is not a timeout.
 */
@RepliesIntegrationTest
@TestPropertySource(properties = "respondo.tempbox.read-timeout=30s")
class SlowDeliveryIntegrationTests {

    private static final Duration UNCONFIRMED_AFTER = Duration.ofSeconds(2);

    private static MigratedPostgres postgres;

    @Autowired
    Scenario scenario;

    @BeforeAll
    static void migrate() {
        postgres = MigratedPostgres.create("respondo_slow_delivery");
    }

    @AfterAll
    static void drop() {
        MigratedPostgres.close(postgres);
    }

    @BeforeEach
    void reset() {
        scenario.reset();
        JdbcClient.create(postgres.dataSource()).sql("DELETE FROM reply_ledger").update();
    }

    @Test
    void aDeliveryStalledPastUnconfirmedAfterIsNotTakenForACrashedOne() throws Exception {
        SeededConversation rodrigo = scenario.botConversation(AURORA, "Vocês entregam no sábado?");
        scenario.mark();
        ReplyExecutor slow = runner(UNCONFIRMED_AFTER);
        ReplyExecutor other = runner(UNCONFIRMED_AFTER);
        HeldCall held = scenario.sandbox.holdNext("EnviarMensagem");

        CompletableFuture<ReplyOutcome> stalled = CompletableFuture.supplyAsync(() -> slow.execute(planned(rodrigo)));
        await("the first runner's EnviarMensagem held by TempBox").atMost(Duration.ofSeconds(20))
            .until(held::arrived);
        await("the other runner, trying again and again while the first is stalled past unconfirmed-after")
            .during(UNCONFIRMED_AFTER.multipliedBy(2))
            .atMost(UNCONFIRMED_AFTER.multipliedBy(4))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> other.execute(planned(rodrigo)) == ReplyOutcome.IN_FLIGHT);
        held.release();

        assertThat(stalled.get(30, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.SENT);
        assertThat(scenario.posted("EnviarMensagem")).as("EnviarMensagem calls").hasSize(1);
        assertThat(queries().findByConversation(rodrigo.atendimento().toString())).singleElement()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
    }

    @Test
    void aRunnerPausedWithoutItsHeartbeatIsTakenOverAndPostsNothingWhenItResumes() throws Exception {
        SeededConversation ana = scenario.newConversation(AURORA, "Qual o prazo de entrega para Curitiba?");
        scenario.mark();
        // its heartbeat would come every quarter of an hour: for this test, never (a paused process)
        ReplyExecutor paused = runner(Duration.ofHours(1));
        ReplyExecutor other = runner(UNCONFIRMED_AFTER);
        HeldCall held = scenario.sandbox.holdNext("IniciarAtendimento");

        CompletableFuture<ReplyOutcome> resumed = CompletableFuture.supplyAsync(() -> paused.execute(planned(ana)));
        await("the paused runner's IniciarAtendimento held by TempBox, before its EnviarMensagem")
            .atMost(Duration.ofSeconds(20))
            .until(held::arrived);
        await("the other runner takes the intent over once it is older than unconfirmed-after, and answers")
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> other.execute(planned(ana)) == ReplyOutcome.SENT);
        held.release();

        assertThat(resumed.get(30, TimeUnit.SECONDS)).isEqualTo(ReplyOutcome.IN_FLIGHT);
        assertThat(scenario.posted("EnviarMensagem")).as("EnviarMensagem calls").hasSize(1);
        assertThat(queries().findByConversation(ana.atendimento().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
            assertThat(entry.version()).as("claimed, taken over, claimed again").isEqualTo(3);
        });
    }

    /**
     * A runner of ai-reply for Loja Aurora: its own ledger on the shared database, no resend, the default settle delay
     * of an unknown send.
     */
    private ReplyExecutor runner(Duration unconfirmedAfter) {
        Tenant tenant = scenario.tenants.get(AURORA);
        ConversationLoader loader = new ConversationLoader(scenario.client, tenant);
        ConversationEffects effects = new ConversationEffects(scenario.client, tenant);
        return new ReplyExecutor(ReplyStep.AI_REPLY, tenant, ledger(), loader, effects,
                new PartitionRun("slow-delivery-", 1), 0, unconfirmedAfter, Duration.ofSeconds(60),
                new HandoffParts(HandoffTeam.none(tenant.id(), tenant.atendente()),
                        ReturnScheduling.none(tenant.id(), tenant.atendente(), ZoneOffset.UTC),
                        new HandoffDossier(tenant, loader, effects, Clock.systemUTC(), ZoneOffset.UTC, List.of())));
    }

    private static ReplyLedger ledger() {
        return new ReplyLedger(postgres.dataSource(), new JdbcTransactionManager(postgres.dataSource()),
                JsonMapper.builder().build());
    }

    private static LedgerQueries queries() {
        return new LedgerQueries(postgres.dataSource(), JsonMapper.builder().build());
    }

    private PlannedReply planned(SeededConversation conversation) {
        Tenant tenant = scenario.tenants.get(AURORA);
        Conversation read = new ConversationLoader(scenario.client, tenant)
            .load(conversation.atendimento().toString(), conversation.hash().toString());
        return new PlannedReply(read, conversation.mensagem().toString(),
                Decision.byLlm(new Action.SendReply("Entregamos sim, aos sábados das 9h às 13h."), 0.9, "delivery"),
                System.nanoTime());
    }
}
