package com.respondo.replies;

import static com.respondo.replies.Scenario.AURORA;
import static com.respondo.replies.Scenario.SORRISO;
import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.respondo.conversation.PtBr;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;
import com.respondo.replies.policy.FixedTexts;
import com.respondo.replies.policy.HandoffNote;
import com.respondo.sandbox.PostedCall;
import com.respondo.sandbox.SandboxClock;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SandboxFaults;
import com.respondo.sandbox.SeededConversation;
import com.respondo.tempbox.ConsultarRequest;
import com.respondo.tempbox.HorarioDisponivel;
import com.respondo.tempbox.ListarDiasHorariosAtendentesAgendaDisponivelRequest;
import com.respondo.tempbox.SalvarRequest;
import com.respondo.tempbox.Tenant;
import com.respondo.testsupport.AdminClients;

/**
 * Issue 16, item 1, as conversations on the sandbox: a hand-off first leaves the person taking over a note in the
 * conversation's observations (Salvar), then tells the customer and forwards to a human of the team; a note already
 * written by an interrupted attempt is not written twice, and a person's observations are kept. The sandbox clock
 * (the application's clock in the sandbox) is frozen at a Wednesday at 10:00 or 22:00 in São Paulo, with the
 * national holidays off, so that the business hours never depend on the day the test runs.
 */
@RepliesIntegrationTest
@TestPropertySource(properties = "respondo.replies.tenants.loja-aurora.national-holidays=false")
class HandoffDossierIntegrationTests {

    private static final String STEP = "ai-reply";

    @Autowired
    Scenario scenario;

    @Autowired
    SandboxClock clock;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void emptySandbox() {
        scenario.reset();
        clock.set(wednesdayAt(10), true);
    }

    @Test
    void writesTheNoteThenTellsTheCustomerThenForwardsToAHumanOfTheTeam() throws Exception {
        SeededConversation ana = scenario.botConversation(AURORA, "Oi, o tênis do pedido 48213 veio no tamanho errado",
                "meu cpf é 529.982.247-25", "quero falar com um atendente");
        SandboxCompany aurora = scenario.company(AURORA);
        SeededConversation earlier = scenario.sandbox.openConversationOfSameCustomer(ana.atendimento(),
                Duration.ofDays(10), "Quero trocar a camiseta do pedido 40001");
        scenario.sandbox.attendantCloses(earlier.atendimento(), aurora.humans().get(0).id());
        scenario.sandbox.openConversationOfSameCustomer(ana.atendimento(), Duration.ofDays(120),
                "Vocês entregam em Manaus?");
        scenario.mark();

        scenario.run(STEP, AURORA);

        List<PostedCall> posted = scenario.posted();
        assertThat(posted).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(posted).allSatisfy(call -> assertThat(call.atendimento()).isEqualTo(ana.atendimento()));
        assertThat(posted.get(0).text()).startsWith(HandoffNote.tagLine(ana.mensagem().toString()))
            .contains("Motivo: ", "Resumo: ", "Aguarda: ", "quero falar com um atendente",
                    "Dados informados: CPF 529.982.247-25; pedido 48213",
                    "Atendimentos anteriores (90 dias): 1: \"Quero trocar a camiseta do pedido 40001\"")
            .doesNotContain("Manaus");
        assertThat(posted.get(1).text()).isEqualTo(FixedTexts.HANDOFF);
        assertThat(posted.get(2).atendente()).isIn(aurora.humans().stream().map(SandboxCompany.Human::id).toList());
        assertThat(scenario.calls()).containsKeys("ListarMeusAtendimentos", "ListarHashesOutrosHumanosEquipesAtendente")
            .doesNotContainKey("ListarDiasHorariosAtendentesAgendaDisponivel");
        LedgerEntry entry = scenario.entry(STEP, ana).orElseThrow();
        assertThat(entry.action()).isEqualTo(LedgerAction.HANDOFF);
        assertThat(entry.status()).isEqualTo(LedgerStatus.SENT);
        assertThat(observations(ana)).isEqualTo(posted.get(0).text());
        AdminClients.admin(port, RepliesIntegrationTest.ADMIN_PASSWORD).get()
            .uri("/admin/conversations/{atendimento}", ana.atendimento())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.dossier").isEqualTo(posted.get(0).text());
    }

    @Test
    void handsOffInTurnToTheHumansOfTheBotsTeams() throws Exception {
        List<SeededConversation> asking = List.of(
                scenario.botConversation(AURORA, "quero falar com um atendente"),
                scenario.botConversation(AURORA, "me passa pra um humano por favor"));
        List<java.util.UUID> humans = scenario.company(AURORA).humans().stream().map(SandboxCompany.Human::id)
            .toList();
        assertThat(humans).as("the sandbox company's human team mates of the bot").hasSizeGreaterThan(1);
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("EncaminharAtendimento")).hasSize(2)
            .allSatisfy(call -> assertThat(call.atendente()).isIn(humans))
            .extracting(PostedCall::atendente).doesNotHaveDuplicates();
        assertThat(scenario.posted("EncaminharAtendimento")).extracting(PostedCall::atendimento)
            .containsExactlyInAnyOrderElementsOf(asking.stream().map(SeededConversation::atendimento).toList());
    }

    /**
     * Issue 16, item 3: outside business hours the one message says when a person is back and names the first free
     * slot of the agenda, reserved for the return: the conversation goes to that slot's attendant and TempBox is
     * asked to send a message as that attendant then.
     */
    @Test
    void outsideBusinessHoursTheOneMessageSaysWhenAPersonIsBackAndReservesTheFirstFreeSlot() throws Exception {
        Instant night = weekNightAt22();
        clock.set(night, true);
        SeededConversation ana = scenario.botConversation(AURORA, "quero falar com um atendente");
        Tenant tenant = scenario.tenants.get(AURORA);
        HorarioDisponivel first = scenario.client.listarDiasHorariosAtendentesAgendaDisponivel(tenant,
                new ListarDiasHorariosAtendentesAgendaDisponivelRequest(tenant.atendente(), tenant.empresa()))
            .stream()
            .filter(slot -> slot.data() != null && slot.data().isAfter(night))
            .min(Comparator.comparing(HorarioDisponivel::data).thenComparing(HorarioDisponivel::usuario))
            .orElseThrow();
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento", "AgendarMensagem");
        assertThat(scenario.posted("EnviarMensagem")).singleElement().extracting(PostedCall::text, STRING)
            .startsWith(FixedTexts.TRANSFER + " No momento estamos fora do horário de atendimento: uma pessoa vai te "
                    + "responder amanhã, ")
            .endsWith(", a partir das 9h. Reservamos para você o primeiro horário livre, "
                    + PtBr.slot(first.data(), SAO_PAULO) + ", para retomar o atendimento.");
        PostedCall forward = scenario.posted("EncaminharAtendimento").get(0);
        assertThat(forward.atendente()).hasToString(first.usuario());
        assertThat(scenario.posted("AgendarMensagem")).singleElement().satisfies(agendar -> {
            assertThat(agendar.atendente()).isEqualTo(forward.atendente());
            assertThat(agendar.scheduledFor()).isEqualTo(first.data().atZone(SAO_PAULO).toLocalDateTime());
            assertThat(agendar.text()).contains("retomando o seu atendimento");
        });
        assertThat(scenario.posted("Salvar")).singleElement()
            .satisfies(call -> assertThat(call.text()).contains("Atendimentos anteriores (90 dias): nenhum"));
    }

    @Test
    void outsideBusinessHoursAnUnreadableAgendaLeavesThePlainHandOff() throws Exception {
        clock.set(weekNightAt22(), true);
        scenario.botConversation(AURORA, "quero falar com um atendente");
        scenario.mark();
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.ENVELOPE)
            .onlyFor("ListarDiasHorariosAtendentesAgendaDisponivel"));

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(scenario.posted("EnviarMensagem")).singleElement().extracting(PostedCall::text, STRING)
            .startsWith(FixedTexts.TRANSFER + " No momento estamos fora do horário de atendimento")
            .endsWith("a partir das 9h.");
    }

    /**
     * A national holiday on a weekday, at an hour the clinic is usually open (Clínica Sorriso keeps Brazil's holidays):
     * the hand-off still says a person is back the next day, not now.
     */
    @Test
    void onANationalHolidayAtAnOpenHourTheHandOffSaysAPersonIsBackTomorrow() throws Exception {
        clock.set(weekdayHolidayAt(10), true);
        scenario.botConversation(SORRISO, "quero falar com um atendente");
        scenario.mark();

        scenario.run(STEP, SORRISO);

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsSubsequence("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(scenario.posted("EnviarMensagem")).singleElement().extracting(PostedCall::text, STRING)
            .contains("fora do horário de atendimento", "amanhã", "a partir das 8h");
    }

    @Test
    void keepsWhatAPersonWroteInTheObservationsAndAppendsTheNote() throws Exception {
        SeededConversation ana = scenario.botConversation(AURORA, "quero falar com um atendente");
        Tenant tenant = scenario.tenants.get(AURORA);
        scenario.client.salvar(tenant, SalvarRequest.builder().hash(ana.hash().toString()).empresa(tenant.empresa())
            .observacoesAdicionais("Cliente VIP: falar com a Marta.").build());
        scenario.mark();

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        assertThat(observations(ana)).startsWith("Cliente VIP: falar com a Marta.\n\n"
                + HandoffNote.tagLine(ana.mensagem().toString()));
    }

    /**
     * An attempt interrupted after the note (its send ended without an answer, the forward never came) is taken up
     * again: the note is found and not written twice, the customer is told once and the forward happens.
     */
    @Test
    void aNoteLeftByAnInterruptedAttemptIsNotWrittenTwiceAndTheForwardStillHappens() throws Exception {
        SeededConversation ana = scenario.botConversation(AURORA, "quero falar com um atendente");
        scenario.mark();
        scenario.sandbox.faults(SandboxFaults.none()
            .withErrorRate(1, SandboxFaults.ErrorStyle.ENVELOPE)
            .onlyFor("EnviarMensagem"));

        scenario.run(STEP, AURORA);

        assertThat(scenario.posted("Salvar")).filteredOn(PostedCall::stored).hasSize(1);
        assertThat(scenario.posted("EnviarMensagem")).noneMatch(PostedCall::stored);
        assertThat(scenario.posted("EncaminharAtendimento")).isEmpty();
        LedgerEntry interrupted = scenario.entry(STEP, ana).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(LedgerStatus.INTENT);

        scenario.sandbox.faults(SandboxFaults.none());
        scenario.closeBreakers();
        settled(interrupted.id());
        scenario.run(STEP, AURORA);

        assertThat(scenario.posted()).filteredOn(PostedCall::stored).extracting(PostedCall::operation)
            .containsExactly("Salvar", "EnviarMensagem", "EncaminharAtendimento");
        String observations = observations(ana);
        String tag = HandoffNote.tagLine(ana.mensagem().toString());
        assertThat(observations.indexOf(tag)).isZero();
        assertThat(observations.lastIndexOf(tag)).isZero();
        assertThat(scenario.entry(STEP, ana)).get()
            .satisfies(entry -> assertThat(entry.status()).isEqualTo(LedgerStatus.SENT));
    }

    private String observations(SeededConversation conversation) {
        return scenario.client.consultar(scenario.tenants.get(AURORA), new ConsultarRequest(
                conversation.hash().toString())).orElseThrow().observacoesAdicionais();
    }

    /** The intent's heartbeat and its unknown send ten minutes old: past every delay, as an interrupted run left it. */
    private void settled(long entryId) {
        jdbc.sql("UPDATE reply_ledger SET updated_at = :before, heartbeat_at = :before, unknown_send_at = :before "
                + "WHERE id = :id")
            .param("before", OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofMinutes(10)))
            .param("id", entryId)
            .update();
    }

    /**
     * A Wednesday at the hour in São Paulo, at least two days after the sandbox's own time: a fixed weekday and
     * hour, so that the business hours do not depend on when the test runs.
     */
    private static Instant wednesdayAt(int hour) {
        LocalDate wednesday = LocalDate.now(SAO_PAULO).plusDays(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        return wednesday.atTime(LocalTime.of(hour, 0)).atZone(SAO_PAULO).toInstant();
    }

    /**
     * The hour in São Paulo on the next fixed-date national holiday that falls on a Tuesday to Thursday (so that the
     * day after is a working day), at least two days ahead.
     */
    private static Instant weekdayHolidayAt(int hour) {
        List<String> holidays = List.of("01-01", "04-21", "05-01", "09-07", "10-12", "11-02", "11-15", "11-20",
                "12-25");
        LocalDate from = LocalDate.now(SAO_PAULO).plusDays(2);
        for (int year = from.getYear(); ; year++) {
            for (String monthDay : holidays) {
                LocalDate day = LocalDate.parse(year + "-" + monthDay);
                int weekday = day.getDayOfWeek().getValue();
                if (!day.isBefore(from) && weekday >= DayOfWeek.TUESDAY.getValue()
                        && weekday <= DayOfWeek.THURSDAY.getValue()) {
                    return day.atTime(LocalTime.of(hour, 0)).atZone(SAO_PAULO).toInstant();
                }
            }
        }
    }

    /**
     * 22:00 in São Paulo on the first Monday to Thursday from tomorrow: the next day opens at 9h, and its agenda is
     * within the week the sandbox lists from its own time.
     */
    private static Instant weekNightAt22() {
        LocalDate day = LocalDate.now(SAO_PAULO).plusDays(1);
        while (day.getDayOfWeek().getValue() > DayOfWeek.THURSDAY.getValue()) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.of(22, 0)).atZone(SAO_PAULO).toInstant();
    }

}
