package com.respondo.tempbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TempBoxFake;

/**
 * The contract of the operations that act on a conversation or trigger TempBox's own processing: the request on the
 * wire (method, path, query, URL-decoded JSON) and the decoding of a realistic answer.
 */
class TempBoxClientActionContractTests extends TempBoxClientTestSupport {

    @Test
    void agendarMensagemSendsTheLocalSaoPauloTimeOfTheSchedule() {
        stub.answer("AgendarMensagem", TempBoxFake.OK_NULL);

        this.client.agendarMensagem(this.tenant, new AgendarMensagemRequest(BOT, ATENDIMENTO,
                at("2025-03-17T12:00:00Z"), EMPRESA, "Olá, Mariana! Passando para confirmar a troca do pedido 48213."));

        assertJsonCall("AgendarMensagem", """
                {"Atendente":"%s","Atendimento":"%s","DataAgendamento":"2025-03-17T09:00:00","Empresa":"%s",
                 "Mensagem":"Olá, Mariana! Passando para confirmar a troca do pedido 48213."}"""
            .formatted(BOT, ATENDIMENTO, EMPRESA));
    }

    @Test
    void coletarDadosIaSendsAnEmptyJson() {
        stub.answer("ColetarDadosIa", TempBoxFake.OK_NULL);

        this.client.coletarDadosIa(this.tenant);

        assertCallWithoutParameters("ColetarDadosIa");
    }

    @Test
    void criarPorContatoSendsTheContactAndChannel() {
        stub.answer("CriarPorContato", TempBoxFake.OK_NULL);

        this.client.criarPorContato(this.tenant,
                new CriarPorContatoRequest(BOT, null, "5531999990000", CLIENTE, EMPRESA, 1));

        assertJsonCall("CriarPorContato", """
                {"Atendente":"%s","CodigoReferenciaCanal":"5531999990000","Contato":"%s","Empresa":"%s",
                 "Plataforma":1}""".formatted(BOT, CLIENTE, EMPRESA));
    }

    @Test
    void encaminharAtendimentoReadsTheNewOwner() {
        stub.answer("EncaminharAtendimento", TempBoxFake.fixture("EncaminharAtendimento"));

        ConversationAssignment assignment = this.client.encaminharAtendimento(this.tenant,
                new EncaminharAtendimentoRequest(HUMANO, ATENDIMENTO, EMPRESA)).orElseThrow();

        assertJsonCall("EncaminharAtendimento", """
                {"Atendente":"%s","Atendimento":"%s","Empresa":"%s"}""".formatted(HUMANO, ATENDIMENTO, EMPRESA));
        assertThat(assignment).isEqualTo(new ConversationAssignment(HUMANO, ATENDIMENTO, null, EMPRESA,
                ATENDIMENTO_HASH, true, HUMANO, "Troca de tamanho - pedido 48213"));
    }

    @Test
    void encerrarAtendimentoSendsTheConversation() {
        stub.answer("EncerrarAtendimento", TempBoxFake.OK_NULL);

        this.client.encerrarAtendimento(this.tenant, new EncerrarAtendimentoRequest(ATENDIMENTO, EMPRESA));

        assertJsonCall("EncerrarAtendimento", """
                {"Atendimento":"%s","Empresa":"%s"}""".formatted(ATENDIMENTO, EMPRESA));
    }

    @Test
    void enviarMensagemLeavesOutTheFieldsNotGiven() {
        stub.answer("EnviarMensagem", TempBoxFake.OK_NULL);

        this.client.enviarMensagem(this.tenant, EnviarMensagemRequest.text(EMPRESA, ATENDIMENTO, BOT,
                "Claro, Mariana! Para trocar, acesse aurora.com.br/trocas com o número do pedido."));

        assertJsonCall("EnviarMensagem", """
                {"Atendente":"%s","Atendimento":"%s","Empresa":"%s",
                 "Mensagem":"Claro, Mariana! Para trocar, acesse aurora.com.br/trocas com o número do pedido."}"""
            .formatted(BOT, ATENDIMENTO, EMPRESA));
    }

    @Test
    void enviarMensagemSendsEveryFieldGiven() {
        stub.answer("EnviarMensagem", TempBoxFake.OK_NULL);

        this.client.enviarMensagem(this.tenant, new EnviarMensagemRequest(BOT, ATENDIMENTO,
                "11111111-2222-4333-8444-555555555555", "5531999990000", CLIENTE, EMPRESA, "Oi!", 1));

        assertJsonCall("EnviarMensagem", """
                {"Atendente":"%s","Atendimento":"%s","AtendimentoFluxoMensagem":"11111111-2222-4333-8444-555555555555",
                 "CodigoReferenciaCanal":"5531999990000","Contato":"%s","Empresa":"%s","Mensagem":"Oi!",
                 "Plataforma":1}""".formatted(BOT, ATENDIMENTO, CLIENTE, EMPRESA));
    }

    @Test
    void iniciarAtendimentoReadsTheBotAsOwner() {
        stub.answer("IniciarAtendimento", TempBoxFake.fixture("IniciarAtendimento"));

        ConversationAssignment assignment = this.client.iniciarAtendimento(this.tenant,
                new IniciarAtendimentoRequest(BOT, ATENDIMENTO, EMPRESA)).orElseThrow();

        assertJsonCall("IniciarAtendimento", """
                {"Atendente":"%s","Atendimento":"%s","Empresa":"%s"}""".formatted(BOT, ATENDIMENTO, EMPRESA));
        assertThat(assignment.atendente()).isEqualTo(BOT);
        assertThat(assignment.referenteResponsavel()).isEqualTo(BOT);
        assertThat(assignment.iniciado()).isTrue();
        assertThat(assignment.hash()).isEqualTo(ATENDIMENTO_HASH);
    }

    @Test
    void pegarAtendimentoReadsBitsSentAsStrings() {
        stub.answer("PegarAtendimento", TempBoxFake.fixture("PegarAtendimento"));

        ConversationAssignment assignment = this.client.pegarAtendimento(this.tenant,
                new PegarAtendimentoRequest(BOT, ATENDIMENTO, EMPRESA)).orElseThrow();

        assertJsonCall("PegarAtendimento", """
                {"Atendente":"%s","Atendimento":"%s","Empresa":"%s"}""".formatted(BOT, ATENDIMENTO, EMPRESA));
        assertThat(assignment.iniciado()).isTrue();
        assertThat(assignment.concluido()).isFalse();
        assertThat(assignment.atendimento()).isEqualTo(ATENDIMENTO);
    }

    @Test
    void processarOcorrenciaRespostaInicialBotIaSendsAnEmptyJson() {
        stub.answer("ProcessarOcorrenciaRespostaInicialBotIa", TempBoxFake.OK_NULL);

        this.client.processarOcorrenciaRespostaInicialBotIa(this.tenant);

        assertCallWithoutParameters("ProcessarOcorrenciaRespostaInicialBotIa");
    }

    @Test
    void processarOcorrenciaSemAtendenteSendsAnEmptyJson() {
        stub.answer("ProcessarOcorrenciaSemAtendente", TempBoxFake.OK_NULL);

        this.client.processarOcorrenciaSemAtendente(this.tenant);

        assertCallWithoutParameters("ProcessarOcorrenciaSemAtendente");
    }

    @Test
    void responderMensagemBotSendsTheMessage() {
        stub.answer("ResponderMensagemBot", TempBoxFake.OK_NULL);

        this.client.responderMensagemBot(this.tenant, new ResponderMensagemBotRequest(MENSAGEM));

        assertJsonCall("ResponderMensagemBot", """
                {"AtendimentoMensagem":"%s"}""".formatted(MENSAGEM));
    }

    @Test
    void responderMensagemIaSendsTheConversation() {
        stub.answer("ResponderMensagemIa", TempBoxFake.OK_NULL);

        this.client.responderMensagemIa(this.tenant, new ResponderMensagemIaRequest(ATENDIMENTO, EMPRESA));

        assertJsonCall("ResponderMensagemIa", """
                {"Atendimento":"%s","Empresa":"%s"}""".formatted(ATENDIMENTO, EMPRESA));
    }

    @Test
    void respostaAutomaticaProntaSendsAnEmptyJson() {
        stub.answer("RespostaAutomaticaPronta", TempBoxFake.OK_NULL);

        this.client.respostaAutomaticaPronta(this.tenant);

        assertCallWithoutParameters("RespostaAutomaticaPronta");
    }

    @Test
    void consultarReadsTheConversationRecord() {
        stub.answer("Consultar", TempBoxFake.fixture("Consultar"));

        Atendimento conversation = this.client.consultar(this.tenant, new ConsultarRequest(ATENDIMENTO_HASH))
            .orElseThrow();

        assertJsonCall("Consultar", """
                {"Hash":"%s"}""".formatted(ATENDIMENTO_HASH));
        assertThat(conversation.hash()).isEqualTo(ATENDIMENTO_HASH);
        assertThat(conversation.atendente()).isEqualTo(BOT);
        assertThat(conversation.iniciado()).isTrue();
        assertThat(conversation.concluido()).isFalse();
        assertThat(conversation.terminoAtendimento()).isNull();
        assertThat(conversation.alteracao()).isEqualTo(at("2025-03-14T12:15:02.317Z"));
        assertThat(conversation.cadastro()).isEqualTo(at("2025-03-14T12:10:00Z"));
        assertThat(conversation.referenteSolicitanteDescricao()).isEqualTo("Mariana Souza");
        assertThat(conversation.plataforma()).isEqualTo(1);
    }

    @Test
    void excluirSendsTheHashInsteadOfJson() {
        stub.answer("Excluir", TempBoxFake.OK_NULL);

        this.client.excluir(this.tenant, ATENDIMENTO_HASH);

        assertThat(stub.onlyRequest("Excluir").query())
            .containsExactly(Map.entry("token", TempBoxFake.TOKEN), Map.entry("Hash", ATENDIMENTO_HASH));
    }

    @Test
    void listarSendsTheTokenAloneAndReadsTheConversations() {
        stub.answer("Listar", TempBoxFake.fixture("Listar"));

        List<Atendimento> conversations = this.client.listar(this.tenant);

        assertThat(stub.onlyRequest("Listar").query())
            .containsExactly(Map.entry("token", TempBoxFake.TOKEN));
        assertThat(conversations).extracting(Atendimento::hash, Atendimento::concluido, Atendimento::cadastro)
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ATENDIMENTO_HASH, false, at("2025-03-14T12:10:00Z")),
                    org.assertj.core.groups.Tuple.tuple("1E2D3C4B-5A69-4877-8665-5443322110FF", true,
                            at("2025-03-13T20:02:00Z")));
        assertThat(conversations.get(1).terminoAtendimento()).isEqualTo(at("2025-03-13T20:40:00Z"));
    }

    @Test
    void salvarSendsOnlyTheFieldsSetAndReadsTheSavedRecord() {
        stub.answer("Salvar", TempBoxFake.fixture("Salvar"));

        Atendimento saved = this.client.salvar(this.tenant, SalvarRequest.builder()
            .empresa(EMPRESA)
            .hash(ATENDIMENTO_HASH)
            .observacoesAdicionais("Resumo Respondo: troca de tamanho do pedido 48213 (38 → 39).")
            .concluido(false)
            .inicioAtendimento(at("2025-03-14T12:10:00Z"))
            .retornarDataSet(true)
            .build()).orElseThrow();

        assertJsonCall("Salvar", """
                {"Empresa":"%s","Hash":"%s","ObservacoesAdicionais":"Resumo Respondo: troca de tamanho do pedido 48213 (38 → 39).",
                 "Concluido":false,"InicioAtendimento":"2025-03-14T09:10:00","RetornarDataSet":true}"""
            .formatted(EMPRESA, ATENDIMENTO_HASH));
        assertThat(saved.observacoesAdicionais()).contains("38 → 39");
        assertThat(saved.alteracao()).isEqualTo(at("2025-03-14T12:20:00Z"));
    }
}
