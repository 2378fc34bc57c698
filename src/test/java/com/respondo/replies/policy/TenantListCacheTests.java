package com.respondo.replies.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.respondo.tempbox.TempBoxTestClients;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.testsupport.FakeHttpServer.Reply;
import com.respondo.testsupport.MutableClock;
import com.respondo.testsupport.TempBoxFake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenant's lists kept across runs (issue 17, fewer TempBox calls): counted as the POSTs a TempBox fake on
 * loopback receives, with a clock the test moves.
 */
class TenantListCacheTests {

    private static final String CANNED = "ListarMensagensPadrao";

    private static final String AGENDA = "ListarDiasHorariosAtendentesAgendaDisponivel";

    private static final String HUMANS = "ListarHashesOutrosHumanosEquipesAtendente";

    static TempBoxFake tempBox;

    TempBoxClient client;

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T13:00:00Z"));

    final AtomicLong run = new AtomicLong(1);

    @BeforeAll
    static void start() {
        tempBox = new TempBoxFake();
    }

    @AfterAll
    static void stop() {
        tempBox.close();
    }

    @BeforeEach
    void lists() {
        tempBox.reset();
        for (String operation : List.of(CANNED, AGENDA, HUMANS)) {
            tempBox.answer(operation, TempBoxFake.fixture(operation));
        }
        client = TempBoxTestClients.of(tempBox);
    }

    @AfterEach
    void close() {
        TempBoxTestClients.close(client);
    }

    @Test
    void twoRunsInARowReadEachListOnceAndAfterTheirTtlAgain() {
        TenantListCache.Shared shared = new TenantListCache.Shared(clock, Duration.ofMinutes(5),
                Duration.ofSeconds(30));

        useAll(cacheOfRun(shared, 1));
        clock.advance(Duration.ofSeconds(10));
        useAll(cacheOfRun(shared, 2));

        assertThat(reads(CANNED)).isEqualTo(1);
        assertThat(reads(AGENDA)).isEqualTo(1);
        assertThat(reads(HUMANS)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(25));
        useAll(cacheOfRun(shared, 3));
        assertThat(reads(AGENDA)).as("the agenda, older than its 30 s").isEqualTo(2);
        assertThat(reads(CANNED)).isEqualTo(1);
        assertThat(reads(HUMANS)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(5));
        useAll(cacheOfRun(shared, 4));
        assertThat(reads(CANNED)).as("the canned messages, older than 5 min").isEqualTo(2);
        assertThat(reads(HUMANS)).isEqualTo(2);
        assertThat(reads(AGENDA)).isEqualTo(3);
    }

    @Test
    void aRunKeepsWhatItReadItselfWhateverItsAgeAndTtlZeroReadsOncePerRun() {
        TenantListCache.Shared shared = new TenantListCache.Shared(clock, Duration.ZERO, Duration.ZERO);
        TenantListCache first = cacheOfRun(shared, 1);

        useAll(first);
        clock.advance(Duration.ofMinutes(30));
        useAll(first);
        useAll(cacheOfRun(shared, 1));
        assertThat(reads(CANNED)).isEqualTo(1);
        assertThat(reads(AGENDA)).isEqualTo(1);

        useAll(cacheOfRun(shared, 2));
        assertThat(reads(CANNED)).isEqualTo(2);
        assertThat(reads(AGENDA)).isEqualTo(2);
        assertThat(reads(HUMANS)).isEqualTo(2);
    }

    @Test
    void aSlotRespondoBooksDropsTheAgendaAtOnce() {
        TenantListCache.Shared shared = new TenantListCache.Shared(clock, Duration.ofMinutes(5),
                Duration.ofSeconds(30));
        TenantListCache lists = cacheOfRun(shared, 1);
        assertThat(lists.agenda()).hasSize(3);

        lists.agendaChanged();
        lists.agenda();
        cacheOfRun(shared, 2).agenda();

        assertThat(reads(AGENDA)).isEqualTo(2);
    }

    @Test
    void aListThatCannotBeReadFailsTheStepAndIsNotKept() {
        tempBox.answer(HUMANS, Reply.of(200, """
                {"Status":"error","Code":500,"Success":false,"Data":null,"Message":"Erro interno"}"""),
                Reply.of(200, TempBoxFake.fixture(HUMANS)));
        TenantListCache.Shared shared = new TenantListCache.Shared(clock, Duration.ofMinutes(5),
                Duration.ofSeconds(30));

        assertThatThrownBy(() -> cacheOfRun(shared, 1).humans())
            .isInstanceOf(TenantListCache.TenantListException.class)
            .hasMessageContaining(HUMANS);
        assertThat(cacheOfRun(shared, 2).humans()).isNotEmpty();
        assertThat(reads(HUMANS)).isEqualTo(2);
    }

    private TenantListCache cacheOfRun(TenantListCache.Shared shared, long runId) {
        return new TenantListCache(client, TempBoxFake.tenant(), shared, () -> runId);
    }

    private static void useAll(TenantListCache lists) {
        lists.canned();
        lists.agenda();
        lists.humans();
    }

    private static long reads(String operation) {
        return tempBox.received().stream().filter(r -> r.path().equals(TempBoxFake.PATH + operation)).count();
    }
}
