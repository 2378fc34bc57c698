package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TempBoxFake;

/**
 * The contract of the listing operations: the request on the wire (method, path, query, URL-decoded JSON) and the
 * decoding of realistic pt-BR answers, with dates in every format TempBox may send.
 */
class TempBoxClientListContractTests extends TempBoxClientTestSupport {

    @Test
    void acompanharSendsAnEmptyJsonAndReadsTheOccurrenceLog() {
        stub.answer("Acompanhar", TempBoxFake.fixture("Acompanhar"));

        List<OccurrenceLog> log = this.client.acompanhar(this.tenant);

        assertCallWithoutParameters("Acompanhar");
        assertThat(log).extracting(OccurrenceLog::nome, OccurrenceLog::cadastro, OccurrenceLog::codigoStatus)
            .containsExactly(tuple("ProcessarOcorrenciaRespostaInicialBotIa", at("2025-03-14T12:15:00Z"), 1),
                    tuple("ProcessarOcorrenciaSemAtendente", at("2025-03-14T12:16:00Z"), 2));
        assertThat(log.get(0).alteracao()).isEqualTo(at("2025-03-14T12:15:02.317Z"));
        assertThat(log.get(0).alteracaoNome()).isEqualTo("Robô Aurora");
        assertThat(log.get(1).alteracao()).isNull();
    }

    @Test
    void listarDiasHorariosAtendentesAgendaDisponivelReadsTheFreeSlots() {
        stub.answer("ListarDiasHorariosAtendentesAgendaDisponivel",
                TempBoxFake.fixture("ListarDiasHorariosAtendentesAgendaDisponivel"));

        List<HorarioDisponivel> slots = this.client.listarDiasHorariosAtendentesAgendaDisponivel(this.tenant,
                new ListarDiasHorariosAtendentesAgendaDisponivelRequest(BOT, EMPRESA));

        assertJsonCall("ListarDiasHorariosAtendentesAgendaDisponivel", """
                {"AtendenteRelacionado":"%s","Empresa":"%s"}""".formatted(BOT, EMPRESA));
        assertThat(slots).extracting(HorarioDisponivel::data).containsExactly(at("2025-03-17T12:00:00Z"),
                at("2025-03-17T17:30:00Z"), at("2025-03-18T12:00:00Z"));
        assertThat(slots.get(2).usuario()).isEqualTo("8F14E45F-CEEA-4E7A-9B1C-2D3E4F5A6B7C");
    }

    @Test
    void listarEmAbertoReadsTheOpenConversations() {
        stub.answer("ListarEmAberto", TempBoxFake.fixture("ListarEmAberto"));

        List<AtendimentoEmAberto> open = this.client.listarEmAberto(this.tenant, new ListarEmAbertoRequest(EMPRESA));

        assertJsonCall("ListarEmAberto", """
                {"Empresa":"%s"}""".formatted(EMPRESA));
        assertThat(open).hasSize(2);
        AtendimentoEmAberto first = open.get(0);
        assertThat(first.atendimento()).isEqualTo(ATENDIMENTO);
        assertThat(first.atendenteHash()).isNull();
        assertThat(first.iniciado()).isFalse();
        assertThat(first.cadastro()).isEqualTo("14/03/2025 09:12");
        assertThat(first.solicitanteTitulo()).isEqualTo("Mariana Souza");
        assertThat(first.naoLidas()).isEqualTo(2);
        assertThat(first.plataforma()).isEqualTo(1);
        assertThat(first.qtdAtendimentos()).isEqualTo(3);
        assertThat(open.get(1).iniciado()).isTrue();
        assertThat(open.get(1).plataforma()).isEqualTo(2);
    }

    @Test
    void listarHashesOutrosAtendentesEquipesAtendenteReadsTheHashes() {
        stub.answer("ListarHashesOutrosAtendentesEquipesAtendente",
                TempBoxFake.fixture("ListarHashesOutrosAtendentesEquipesAtendente"));

        List<AttendantHash> hashes = this.client.listarHashesOutrosAtendentesEquipesAtendente(this.tenant,
                new ListarHashesOutrosAtendentesEquipesAtendenteRequest(BOT));

        assertJsonCall("ListarHashesOutrosAtendentesEquipesAtendente", """
                {"Atendente":"%s"}""".formatted(BOT));
        assertThat(hashes).extracting(AttendantHash::hash).containsExactly(HUMANO,
                "8F14E45F-CEEA-4E7A-9B1C-2D3E4F5A6B7C");
    }

    @Test
    void listarHashesOutrosHumanosEquipesAtendenteReadsTheHumans() {
        stub.answer("ListarHashesOutrosHumanosEquipesAtendente",
                TempBoxFake.fixture("ListarHashesOutrosHumanosEquipesAtendente"));

        List<AttendantHash> humans = this.client.listarHashesOutrosHumanosEquipesAtendente(this.tenant,
                new ListarHashesOutrosHumanosEquipesAtendenteRequest(BOT));

        assertJsonCall("ListarHashesOutrosHumanosEquipesAtendente", """
                {"Atendente":"%s"}""".formatted(BOT));
        assertThat(humans).extracting(AttendantHash::hash).containsExactly(HUMANO);
    }

    @Test
    void listarHashesOutrosHumanosEquipesAtendenteReadsTheDocumentedNullAsNoHumans() {
        stub.answer("ListarHashesOutrosHumanosEquipesAtendente", TempBoxFake.OK_NULL);

        assertThat(this.client.listarHashesOutrosHumanosEquipesAtendente(this.tenant,
                new ListarHashesOutrosHumanosEquipesAtendenteRequest(BOT))).isEmpty();
    }

    @Test
    void listarMensagensAtendimentoReadsTheWholeConversation() {
        stub.answer("ListarMensagensAtendimento", TempBoxFake.fixture("ListarMensagensAtendimento"));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimento(this.tenant,
                new ListarMensagensAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertJsonCall("ListarMensagensAtendimento", """
                {"Atendimento":"%s","Empresa":"%s"}""".formatted(ATENDIMENTO, EMPRESA));
        assertThat(messages).extracting(ConversationMessage::autorMensagem, ConversationMessage::mensagemAtendente,
                ConversationMessage::cadastro)
            .containsExactly(tuple("Mariana Souza", false, at("2025-03-14T12:10:03.500Z")),
                    tuple("Aurora", true, at("2025-03-14T12:10:30Z")),
                    tuple("Mariana Souza", false, at("2025-03-14T12:12:41Z")));
        assertThat(messages.get(1).atendenteHash()).isEqualTo(BOT);
        assertThat(messages.get(2).atendimentoMensagem()).isEqualTo(MENSAGEM);
        assertThat(messages.get(2).mensagem()).isEqualTo("Oi, quero trocar o tênis do pedido 48213 por um número maior");
    }

    @Test
    void listarMensagensAtendimentoChatReadsDotNetAndUtcDates() {
        stub.answer("ListarMensagensAtendimentoChat", TempBoxFake.fixture("ListarMensagensAtendimentoChat"));

        List<ConversationMessage> messages = this.client.listarMensagensAtendimentoChat(this.tenant,
                new ListarMensagensAtendimentoChatRequest("1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5E", EMPRESA));

        assertJsonCall("ListarMensagensAtendimentoChat", """
                {"Atendimento":"1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5E","Empresa":"%s"}""".formatted(EMPRESA));
        assertThat(messages).extracting(ConversationMessage::cadastro, ConversationMessage::mensagemAtendente)
            .containsExactly(tuple(at("2025-03-14T15:45:00Z"), false), tuple(at("2025-03-14T15:46:10Z"), true));
    }

    @Test
    void listarMensagensEmAbertoSendsThePageAndReadsTheNewestMessages() {
        stub.answer("ListarMensagensEmAberto", TempBoxFake.fixture("ListarMensagensEmAberto"));

        List<LatestMessage> page = this.client.listarMensagensEmAberto(this.tenant,
                new ListarMensagensEmAbertoRequest(EMPRESA, 1, 50));

        assertJsonCall("ListarMensagensEmAberto", """
                {"Empresa":"%s","Inicio":1,"Termino":50}""".formatted(EMPRESA));
        assertThat(page).extracting(LatestMessage::atendimento, LatestMessage::atendenteResponsavel,
                LatestMessage::mensagemAtendente, LatestMessage::cadastro)
            .containsExactly(tuple(ATENDIMENTO, null, false, at("2025-03-14T12:12:41.357Z")),
                    tuple("1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5E", BOT, true, at("2025-03-14T15:46:00Z")));
        assertThat(page.get(0).atendimentoMensagem()).isEqualTo(MENSAGEM);
        assertThat(page.get(1).inicioAtendimentoOriginal()).isEqualTo(at("2025-03-14T15:45:00Z"));
    }

    @Test
    void listarMensagensPadraoReadsTheCannedMessages() {
        stub.answer("ListarMensagensPadrao", TempBoxFake.fixture("ListarMensagensPadrao"));

        List<MensagemPadrao> canned = this.client.listarMensagensPadrao(this.tenant,
                new ListarMensagensPadraoRequest(EMPRESA));

        assertJsonCall("ListarMensagensPadrao", """
                {"Empresa":"%s"}""".formatted(EMPRESA));
        assertThat(canned).extracting(MensagemPadrao::tituloAbreviado).containsExactly(1L, 2L, 3L);
        assertThat(canned.get(1).titulo()).startsWith("Para trocas, acesse aurora.com.br/trocas");
        assertThat(canned.get(2).plataforma()).isEqualTo(2);
    }

    @Test
    void listarMeusAtendimentosReadsTheContactsConversations() {
        stub.answer("ListarMeusAtendimentos", TempBoxFake.fixture("ListarMeusAtendimentos"));

        List<AtendimentoEmAberto> mine = this.client.listarMeusAtendimentos(this.tenant,
                new ListarMeusAtendimentosRequest(CLIENTE, EMPRESA));

        assertJsonCall("ListarMeusAtendimentos", """
                {"Contato":"%s","Empresa":"%s"}""".formatted(CLIENTE, EMPRESA));
        assertThat(mine).singleElement().satisfies(conversation -> {
            assertThat(conversation.concluido()).isFalse();
            assertThat(conversation.iniciado()).isTrue();
            assertThat(conversation.qtdAtendimentos()).isEqualTo(3);
        });
    }

    @Test
    void listarRecentesSendsTopInLowerCase() {
        stub.answer("ListarRecentes", TempBoxFake.fixture("ListarRecentes"));

        List<RecentConversation> recent = this.client.listarRecentes(this.tenant, new ListarRecentesRequest(20));

        assertJsonCall("ListarRecentes", """
                {"top":20}""");
        assertThat(recent).extracting(RecentConversation::contatoTitulo, RecentConversation::concluido,
                RecentConversation::terminoAtendimento)
            .containsExactly(tuple("Mariana Souza", false, null),
                    tuple("Pedro Henrique Lima", true, at("2025-03-13T20:40:00Z")));
        assertThat(recent.get(0).inicioAtendimento()).isEqualTo(at("2025-03-14T12:10:00Z"));
        assertThat(recent.get(0).solicitanteEmEspera()).isTrue();
    }

    @Test
    void listarRelatorioPrincipalReadsDisplayAndTypedValues() {
        stub.answer("ListarRelatorioPrincipal", TempBoxFake.fixture("ListarRelatorioPrincipal"));

        List<MainReportRow> report = this.client.listarRelatorioPrincipal(this.tenant,
                new ListarRelatorioPrincipalRequest(EMPRESA, HUMANO));

        assertJsonCall("ListarRelatorioPrincipal", """
                {"Empresa":"%s","Usuario":"%s"}""".formatted(EMPRESA, HUMANO));
        assertThat(report).singleElement().satisfies(row -> {
            assertThat(row.concluido()).isEqualTo("Sim");
            assertThat(row.concluidoValor()).isTrue();
            assertThat(row.cadastroValor()).isEqualTo(at("2025-03-13T20:02:00Z"));
            assertThat(row.terminoAtendimentoValor()).isEqualTo(at("2025-03-13T20:40:00Z"));
            assertThat(row.marcadores()).isEqualTo("Troca;Urgente");
        });
    }

    @Test
    void listarUltimasMensagensReadsTheLatestMessages() {
        stub.answer("ListarUltimasMensagens", TempBoxFake.fixture("ListarUltimasMensagens"));

        List<LatestMessage> latest = this.client.listarUltimasMensagens(this.tenant,
                new ListarUltimasMensagensRequest(EMPRESA));

        assertJsonCall("ListarUltimasMensagens", """
                {"Empresa":"%s"}""".formatted(EMPRESA));
        assertThat(latest).singleElement().satisfies(message -> {
            assertThat(message.atendenteResponsavel()).isEqualTo(HUMANO);
            assertThat(message.mensagemAtendente()).isFalse();
            assertThat(message.cadastro()).isEqualTo(at("2025-03-13T20:38:12Z"));
            assertThat(message.terminoAtendimentoOriginal()).isEqualTo(at("2025-03-13T20:40:00Z"));
        });
    }

    @Test
    void obterDashboardReadsTheIndicators() {
        stub.answer("ObterDashboard", TempBoxFake.fixture("ObterDashboard"));

        List<DashboardIndicator> dashboard = this.client.obterDashboard(this.tenant,
                new ObterDashboardRequest(EMPRESA));

        assertJsonCall("ObterDashboard", """
                {"Empresa":"%s"}""".formatted(EMPRESA));
        assertThat(dashboard).extracting(DashboardIndicator::propriedade, DashboardIndicator::valor)
            .contains(tuple("AtendimentosEmAberto", "37"), tuple("Satisfacao", "4,7"));
    }

    @Test
    void obterNovasMensagensChatSiteSseSendsThePage() {
        stub.answer("ObterNovasMensagensChatSiteSse", TempBoxFake.fixture("ObterNovasMensagensChatSiteSse"));

        List<ConversationMessage> fresh = this.client.obterNovasMensagensChatSiteSse(this.tenant,
                new ObterNovasMensagensChatSiteSseRequest(1, 100));

        assertJsonCall("ObterNovasMensagensChatSiteSse", """
                {"Inicio":1,"Termino":100}""");
        assertThat(fresh).singleElement().satisfies(message -> {
            assertThat(message.tipoAtendente()).isZero();
            assertThat(message.mensagem()).isEqualTo("E o prazo de entrega?");
            assertThat(message.cadastro()).isEqualTo(at("2025-03-14T15:50:00Z"));
        });
    }
}
