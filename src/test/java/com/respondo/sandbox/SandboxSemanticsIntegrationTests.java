package com.respondo.sandbox;

import static com.respondo.sandbox.SandboxOperationsIntegrationTests.CARLOS;
import static com.respondo.sandbox.SandboxOperationsIntegrationTests.CARLOS_HASH;
import static com.respondo.sandbox.SandboxOperationsIntegrationTests.CARLOS_QUESTION;
import static com.respondo.sandbox.TempBoxWire.CLINICA_BOT;
import static com.respondo.sandbox.TempBoxWire.CLINICA_TOKEN;
import static com.respondo.sandbox.TempBoxWire.LOJA;
import static com.respondo.sandbox.TempBoxWire.LOJA_BOT;
import static com.respondo.sandbox.TempBoxWire.LOJA_TOKEN;
import static com.respondo.sandbox.TempBoxWire.MARIANA;
import static com.respondo.sandbox.TempBoxWire.json;
import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** The behaviour the worker relies on, observed on the wire: paging, ownership, posting, scheduling, errors, dates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeJobsConfiguration.class) // the application starts only with steps for its job files
@AutoConfigureWebTestClient
class SandboxSemanticsIntegrationTests {

    private static final UUID ANA = Seeder.id("loja-aurora/conversation/1");
    private static final UUID ANA_HASH = Seeder.id("loja-aurora/conversation/1/hash");

    @Autowired
    private WebTestClient client;

    @Autowired
    private Sandbox sandbox;

    private TempBoxWire wire;

    @BeforeEach
    void freshSandbox() {
        sandbox.reset(true);
        wire = new TempBoxWire(client);
    }

    @Test
    void pagesOneRowPerOpenConversationWithItsNewestMessageInAutonumeracaoOrder() {
        // given
        List<String> open = wire.data("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).findValuesAsString("Atendimento");

        // when: read page by page, 4 rows at a time, 1-based and inclusive
        List<JsonNode> rows = new ArrayList<>();
        for (int inicio = 1;; inicio += 4) {
            JsonNode page = wire.data("ListarMensagensEmAberto", LOJA_TOKEN,
                    json("Empresa", LOJA, "Inicio", inicio, "Termino", inicio + 3));
            assertThat(page.size()).isLessThanOrEqualTo(4);
            page.forEach(rows::add);
            if (page.size() < 4) {
                break;
            }
        }

        // then
        assertThat(rows).extracting(row -> row.path("Atendimento").asString()).containsExactlyElementsOf(open);
        assertThat(rows).extracting(row -> row.path("Autonumeracao").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(rows).hasSize(14);
        JsonNode carlos = rows.stream().filter(row -> row.path("Atendimento").asString().equals(CARLOS.toString()))
            .findFirst().orElseThrow();
        assertThat(carlos.path("AtendimentoMensagem").asString()).isEqualTo(CARLOS_QUESTION.toString());
        assertThat(carlos.path("AtendenteResponsavel").asString()).isEqualTo(LOJA_BOT.toString());
        assertThat(carlos.path("MensagemAtendente").asBoolean()).isFalse();
        assertThat(carlos.path("Mensagem").asString()).isEqualTo("E o frete fica quanto pro CEP 01310-100?");
        JsonNode newest = last(wire.data("ListarMensagensAtendimento", LOJA_TOKEN,
                json("Atendimento", CARLOS, "Empresa", LOJA)));
        assertThat(newest.path("AtendimentoMensagem").asString()).isEqualTo(CARLOS_QUESTION.toString());
        assertThat(wire.data("ListarMensagensEmAberto", LOJA_TOKEN, json("Empresa", LOJA, "Inicio", 15, "Termino", 20))
            .size()).isZero();
        assertThat(wire.data("ListarMensagensEmAberto", LOJA_TOKEN, json("Empresa", LOJA, "Inicio", 5, "Termino", 4))
            .size()).isZero();
    }

    @Test
    void seededNewestCustomerMessagesAreOlderThanTheWorkersDebounce() {
        // when
        JsonNode rows = wire.data("ListarMensagensEmAberto", CLINICA_TOKEN,
                json("Empresa", TempBoxWire.CLINICA, "Inicio", 1, "Termino", 100));

        // then
        LocalDateTime debounced = LocalDateTime.now(SAO_PAULO).minusSeconds(8);
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(LocalDateTime.parse(row.path("Cadastro").asString()))
            .isBefore(debounced));
    }

    @Test
    void postedMessageAppearsInTheConversationAndInTheRecord() {
        // when
        wire.data("EnviarMensagem", LOJA_TOKEN, json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "Empresa", LOJA,
                "Mensagem", "Para o CEP 01310-100 o frete é R$ 19,90."));

        // then
        JsonNode newest = last(wire.data("ListarMensagensAtendimento", LOJA_TOKEN,
                json("Atendimento", CARLOS, "Empresa", LOJA)));
        assertThat(newest.path("Mensagem").asString()).isEqualTo("Para o CEP 01310-100 o frete é R$ 19,90.");
        assertThat(newest.path("MensagemAtendente").asInt()).isEqualTo(1);
        assertThat(newest.path("AtendenteHash").asString()).isEqualTo(LOJA_BOT.toString());
        assertThat(newest.path("AutorMensagem").asString()).isEqualTo("Aurora Assistente Virtual");
        assertThat(sandbox.record()).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo("EnviarMensagem");
            assertThat(entry.atendimento()).isEqualTo(CARLOS);
            assertThat(entry.atendente()).isEqualTo(LOJA_BOT);
            assertThat(entry.text()).isEqualTo("Para o CEP 01310-100 o frete é R$ 19,90.");
            assertThat(entry.inReplyTo()).isEqualTo(CARLOS_QUESTION);
            assertThat(entry.outcome()).isEqualTo(PostedCall.Outcome.STORED);
        });
        JsonNode row = wire.data("ListarMensagensEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).findParents("Atendimento")
            .stream().filter(candidate -> candidate.path("Atendimento").asString().equals(CARLOS.toString()))
            .findFirst().orElseThrow();
        assertThat(row.path("MensagemAtendente").asBoolean()).isTrue();
    }

    @Test
    void acceptsALongAccentedMessageInTheQueryString() {
        // given: WhatsApp's 4096 characters, most of them encoded as six bytes in the URL
        String text = "Ação e atenção são essenciais à equipe. ".repeat(110).substring(0, 4096);

        // when
        wire.data("EnviarMensagem", LOJA_TOKEN, json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "Empresa", LOJA,
                "Mensagem", text));

        // then
        assertThat(sandbox.record()).singleElement().extracting(PostedCall::text).isEqualTo(text);
    }

    @Test
    void startingTakingAndClosingChangeOwnerAndState() {
        // when the bot starts Ana's conversation
        wire.data("IniciarAtendimento", LOJA_TOKEN, json("Atendente", LOJA_BOT, "Atendimento", ANA, "Empresa", LOJA));

        // then
        JsonNode consultar = wire.data("Consultar", LOJA_TOKEN, json("Hash", ANA_HASH)).get(0);
        assertThat(consultar.path("Atendente").asString()).isEqualTo(LOJA_BOT.toString());
        assertThat(consultar.path("Iniciado").asBoolean()).isTrue();
        assertThat(consultar.path("Concluido").asBoolean()).isFalse();

        // when a human takes it
        JsonNode taken = wire.data("PegarAtendimento", LOJA_TOKEN,
                json("Atendente", MARIANA, "Atendimento", ANA, "Empresa", LOJA)).get(0);

        // then
        assertThat(taken.path("Atendente").asString()).isEqualTo(MARIANA.toString());
        assertThat(openRow(ANA).path("AtendenteResponsavel").asString()).isEqualTo(MARIANA.toString());

        // when it is closed
        wire.data("EncerrarAtendimento", LOJA_TOKEN, json("Atendimento", ANA, "Empresa", LOJA));

        // then
        assertThat(wire.data("Consultar", LOJA_TOKEN, json("Hash", ANA_HASH)).get(0).path("Concluido").asBoolean())
            .isTrue();
        assertThat(wire.data("ListarMensagensEmAberto", LOJA_TOKEN, json("Empresa", LOJA))
            .findValuesAsString("Atendimento")).doesNotContain(ANA.toString());
        assertThat(sandbox.record()).extracting(PostedCall::operation)
            .containsExactly("IniciarAtendimento", "PegarAtendimento", "EncerrarAtendimento");
    }

    @Test
    void aCustomerWritingInAClosedConversationReopensItForItsOwner() {
        // given Ana's conversation, started by the bot, then closed
        wire.data("IniciarAtendimento", LOJA_TOKEN, json("Atendente", LOJA_BOT, "Atendimento", ANA, "Empresa", LOJA));
        wire.data("EncerrarAtendimento", LOJA_TOKEN, json("Atendimento", ANA, "Empresa", LOJA));

        // when Ana writes again
        sandbox.customerWrites(ANA, "oi, de novo: meu pedido ainda não chegou");

        // then
        JsonNode consultar = wire.data("Consultar", LOJA_TOKEN, json("Hash", ANA_HASH)).get(0);
        assertThat(consultar.path("Concluido").asBoolean()).isFalse();
        assertThat(consultar.path("Atendente").asString()).isEqualTo(LOJA_BOT.toString());
        assertThat(openRow(ANA).path("Mensagem").asString()).isEqualTo("oi, de novo: meu pedido ainda não chegou");
    }

    @Test
    void forwardingGivesTheConversationToTheAttendant() {
        // when
        JsonNode forwarded = wire.data("EncaminharAtendimento", LOJA_TOKEN,
                json("Atendente", MARIANA, "Atendimento", CARLOS, "Empresa", LOJA)).get(0);

        // then
        assertThat(forwarded.path("Atendente").asString()).isEqualTo(MARIANA.toString());
        assertThat(forwarded.path("Titulo").asString()).isEqualTo("Carlos Eduardo Santos");
        assertThat(wire.data("Consultar", LOJA_TOKEN, json("Hash", CARLOS_HASH)).get(0).path("AtendenteDescricao")
            .asString()).isEqualTo("Mariana Souza");
    }

    @Test
    void scheduledMessageIsDeliveredIntoTheConversationWhenDue() {
        // given: one due in a second (in the "yyyy-MM-dd HH:mm:ss" form), one next year
        String soon = LocalDateTime.now(SAO_PAULO).plusSeconds(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String later = LocalDateTime.now(SAO_PAULO).plusYears(1).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);

        // when
        wire.data("AgendarMensagem", LOJA_TOKEN, json("Atendente", LOJA_BOT, "Atendimento", CARLOS,
                "DataAgendamento", soon, "Empresa", LOJA, "Mensagem", "Lembrete: o cupom FRETE10 vence hoje."));
        wire.data("AgendarMensagem", LOJA_TOKEN, json("Atendente", LOJA_BOT, "Atendimento", CARLOS,
                "DataAgendamento", later, "Empresa", LOJA, "Mensagem", "Feliz aniversário de cliente!"));

        // then
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                last(wire.data("ListarMensagensAtendimento", LOJA_TOKEN, json("Atendimento", CARLOS, "Empresa", LOJA)))
                    .path("Mensagem").asString())
            .isEqualTo("Lembrete: o cupom FRETE10 vence hoje."));
        assertThat(wire.data("ListarMensagensAtendimento", LOJA_TOKEN, json("Atendimento", CARLOS, "Empresa", LOJA))
            .findValuesAsString("Mensagem")).doesNotContain("Feliz aniversário de cliente!");
        assertThat(sandbox.record()).extracting(PostedCall::scheduledFor).extracting(LocalDateTime::getYear)
            .containsExactly(LocalDateTime.now(SAO_PAULO).getYear(), LocalDateTime.now(SAO_PAULO).getYear() + 1);
    }

    @Test
    void invalidInputIsAnsweredWithTheErrorEnvelopeLikeARealServer() {
        // when
        JsonNode badJson = wire.call("EnviarMensagem", LOJA_TOKEN, "{\"Atendimento\": ");
        JsonNode unknownConversation = wire.call("EnviarMensagem", LOJA_TOKEN, json("Atendente", LOJA_BOT,
                "Atendimento", UUID.randomUUID(), "Empresa", LOJA, "Mensagem", "Olá"));
        JsonNode missingText = wire.call("EnviarMensagem", LOJA_TOKEN,
                json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "Empresa", LOJA));
        JsonNode otherCompany = wire.call("ListarEmAberto", LOJA_TOKEN, json("Empresa", TempBoxWire.CLINICA));

        // then
        for (JsonNode envelope : List.of(badJson, unknownConversation, missingText, otherCompany)) {
            assertThat(envelope.path("Status").asString()).isEqualTo("error");
            assertThat(envelope.path("Code").asInt()).isEqualTo(500);
            assertThat(envelope.path("Success").asBoolean()).isFalse();
            assertThat(envelope.path("Data").isNull()).isTrue();
            assertThat(envelope.path("Message").asString()).isNotBlank();
        }
        assertThat(missingText.path("Message").asString()).contains("Mensagem");
        assertThat(sandbox.record()).hasSize(3).allSatisfy(entry -> assertThat(entry.outcome())
            .isEqualTo(PostedCall.Outcome.FAILED));
        assertThat(last(wire.data("ListarMensagensAtendimento", LOJA_TOKEN,
                json("Atendimento", CARLOS, "Empresa", LOJA))).path("AtendimentoMensagem").asString())
            .isEqualTo(CARLOS_QUESTION.toString());
    }

    @Test
    void companyBotAnswersAMessageWithTheCannedTextThatFits() {
        // when
        wire.data("ResponderMensagemBot", LOJA_TOKEN, json("AtendimentoMensagem", CARLOS_QUESTION));

        // then
        assertThat(last(wire.data("ListarMensagensAtendimento", LOJA_TOKEN, json("Atendimento", CARLOS, "Empresa", LOJA)))
            .path("Mensagem").asString()).startsWith("O frete é grátis em compras acima de R$ 299.");
        assertThat(sandbox.record()).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo("ResponderMensagemBot");
            assertThat(entry.inReplyTo()).isEqualTo(CARLOS_QUESTION);
            assertThat(entry.atendente()).isEqualTo(LOJA_BOT);
        });
        assertThat(wire.data("Acompanhar", LOJA_TOKEN, "").findValuesAsString("Nome")).contains("ResponderMensagemBot");
    }

    @Test
    void initialResponseGreetsOnlyTheConversationsNobodyStarted() {
        // when
        wire.data("ProcessarOcorrenciaRespostaInicialBotIa", LOJA_TOKEN, "");

        // then: Ana, Lucas, Fernanda and Sônia, each once
        assertThat(sandbox.record()).hasSize(4).extracting(PostedCall::atendimento).doesNotHaveDuplicates()
            .contains(ANA).doesNotContain(CARLOS);
        assertThat(wire.data("Consultar", LOJA_TOKEN, json("Hash", ANA_HASH)).get(0).path("Atendente").asString())
            .isEqualTo(LOJA_BOT.toString());
    }

    @Test
    void listsOnlyTheHumansOfTheBotsTeams() {
        // when
        JsonNode humans = wire.data("ListarHashesOutrosHumanosEquipesAtendente", CLINICA_TOKEN,
                json("Atendente", CLINICA_BOT));

        // then: reception's two humans, not the dentist of the clinical team, nor the bot itself
        assertThat(humans.findValuesAsString("Hash")).containsExactly("fbcc067b-6131-434d-83ec-5f7776420d67",
                "6cbf27f8-e34d-4ddc-8003-8918db8d60b2");
    }

    @Test
    void offersFreeAgendaSlotsOfHumansInTheComingDays() {
        // when
        JsonNode slots = wire.data("ListarDiasHorariosAtendentesAgendaDisponivel", CLINICA_TOKEN,
                json("AtendenteRelacionado", CLINICA_BOT, "Empresa", TempBoxWire.CLINICA));

        // then
        LocalDateTime now = LocalDateTime.now(SAO_PAULO);
        assertThat(slots.size()).isGreaterThan(10);
        assertThat(slots).allSatisfy(slot -> assertThat(LocalDateTime.parse(slot.path("Data").asString()))
            .isAfter(now).isBefore(now.plusDays(8)));
        assertThat(slots.findValuesAsString("Usuario")).doesNotContain(CLINICA_BOT.toString());
    }

    @Test
    void datesUseTheMainFormAndAFewOthersAsTempBoxDoes() {
        // when
        JsonNode consultar = wire.data("Consultar", LOJA_TOKEN, json("Hash", CARLOS_HASH)).get(0);
        JsonNode emAberto = wire.data("ListarEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).get(0);
        JsonNode recente = wire.data("ListarRecentes", LOJA_TOKEN, json("top", 1)).get(0);

        // then
        assertThat(consultar.path("Cadastro").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(consultar.path("DataUltimaInteracaoSolicitante").asString())
            .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?-0[23]:00");
        assertThat(emAberto.path("Cadastro").asString()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(emAberto.path("Iniciado").asInt()).isIn(0, 1);
        assertThat(recente.path("Alteracao").asString()).matches("/Date\\(\\d+\\)/");
    }

    @Test
    void salvarWritesObservationsAndClosesAndExcluirDeletes() {
        // when
        JsonNode saved = wire.data("Salvar", LOJA_TOKEN, json("Hash", CARLOS_HASH, "Empresa", LOJA,
                "ObservacoesAdicionais", "Resumo: quer saber o frete para SP", "Concluido", "1")).get(0);

        // then
        assertThat(saved.path("ObservacoesAdicionais").asString()).isEqualTo("Resumo: quer saber o frete para SP");
        assertThat(saved.path("Concluido").asBoolean()).isTrue();
        assertThat(sandbox.record()).singleElement().satisfies(entry -> {
            assertThat(entry.text()).isEqualTo("Resumo: quer saber o frete para SP");
            assertThat(entry.detail()).contains("ObservacoesAdicionais", "Concluido");
        });

        // when
        wire.excluir(LOJA_TOKEN, CARLOS_HASH);

        // then
        assertThat(wire.call("Consultar", LOJA_TOKEN, json("Hash", CARLOS_HASH)).path("Code").asInt()).isEqualTo(500);
    }

    @Test
    void salvarChangesTheFieldsItGivesAndLeavesTheOthersAsTheyAre() {
        // given
        JsonNode before = wire.data("Consultar", LOJA_TOKEN, json("Hash", CARLOS_HASH)).get(0);

        // when
        JsonNode saved = wire.data("Salvar", LOJA_TOKEN, json("Hash", CARLOS_HASH, "Empresa", LOJA, "Titulo",
                "Frete para SP", "Categoria", "7")).get(0);

        // then
        assertThat(saved.path("Titulo").asString()).isEqualTo("Frete para SP");
        assertThat(saved.path("Categoria").asInt()).isEqualTo(7);
        for (String field : List.of("Atendente", "ReferenteResponsavel", "Iniciado", "Concluido", "InicioAtendimento",
                "TerminoAtendimento", "Plataforma", "Privado", "Notificavel", "AcessoLiberado",
                "ObservacoesAdicionais", "VirtualHtmlConversa")) {
            assertThat(saved.path(field)).as(field).isEqualTo(before.path(field));
        }
    }

    private JsonNode openRow(UUID atendimento) {
        return wire.data("ListarMensagensEmAberto", LOJA_TOKEN, json("Empresa", LOJA)).findParents("Atendimento").stream()
            .filter(row -> row.path("Atendimento").asString().equals(atendimento.toString()))
            .findFirst().orElseThrow();
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
