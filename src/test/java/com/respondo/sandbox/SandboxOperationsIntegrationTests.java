package com.respondo.sandbox;

import static com.respondo.sandbox.TempBoxWire.LOJA;
import static com.respondo.sandbox.TempBoxWire.LOJA_BOT;
import static com.respondo.sandbox.TempBoxWire.LOJA_TOKEN;
import static com.respondo.sandbox.TempBoxWire.MARIANA;
import static com.respondo.sandbox.TempBoxWire.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import com.respondo.testsupport.FakeJobsConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/**
 * Each of the 32 operations, called on the wire exactly as the reference says, answers the success envelope with the
 * reference's Data shape (field names and order), and each state-changing one lands in the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FakeJobsConfiguration.class) // the application starts only with steps for its job files
@AutoConfigureWebTestClient
class SandboxOperationsIntegrationTests {

    /** Loja Aurora's 5th seeded conversation: Carlos, owned by the bot, waiting (his question is message 3). */
    static final UUID CARLOS = Seeder.id("loja-aurora/conversation/5");
    static final UUID CARLOS_HASH = Seeder.id("loja-aurora/conversation/5/hash");
    static final UUID CARLOS_QUESTION = Seeder.id("loja-aurora/conversation/5/message/3");
    static final UUID CARLOS_CONTACT = Seeder.id("loja-aurora/conversation/5/customer");

    private static final String CONVERSATION_LIST = "AtendenteHash AtendenteImagem AtendentePrimeiroNome AtendenteTitulo "
            + "Atendimento AtendimentoMensagem Autonumeracao AutonumeracaoEmpresa Cadastro ChatInterno Cidade Cliente "
            + "%sDiaMesHora Empresa EquipesAtendentes Hash Horario Imagem Iniciado InicioAtendimento Mensagem Momento "
            + "NaoLidas Plataforma PlataformaFormaContato PlataformaFormaContatoTitulo PlataformaTitulo QtdAtendimentos "
            + "ReferenteCanal ReferenteCanalFormaContato ReferenteSolicitante ReferenteSolicitanteHash SolicitanteCor "
            + "SolicitanteEmail SolicitanteEmpresa SolicitanteIniciais SolicitanteLocalizacao SolicitanteTelefone "
            + "SolicitanteTitulo SolicitanteWhatsapp TagCliente TagNovo";

    private static final String CONSULTAR = "AcessoLiberado Alteracao Atendente AtendenteDescricao Autonumeracao "
            + "AutonumeracaoEmpresa Cadastro Categoria Concluido DataUltimaInteracaoAtendente "
            + "DataUltimaInteracaoSolicitante DefinirObrigatoriamenteAtendenteHumano Empresa Hash Iniciado "
            + "InicioAtendimento Notificavel ObservacoesAdicionais Plataforma PlataformaFormaContato Privado ReferenteCanal "
            + "ReferenteCanalFormaContato ReferenteResponsavel ReferenteResponsavelDescricao ReferenteSolicitante "
            + "ReferenteSolicitanteDescricao SolicitanteEmEspera TerminoAtendimento Titulo UsuarioAlteracao "
            + "UsuarioAlteracaoDescricao UsuarioAlteracaoEmail UsuarioCriacao UsuarioCriacaoDescricao UsuarioCriacaoEmail "
            + "VirtualHtmlConversa";

    /** One operation's call: its JSON, the Data fields expected (null: Data is null), and what must happen first. */
    record Case(String operation, String json, @Nullable String fields, Consumer<TempBoxWire> given) {

        Case(String operation, String json, @Nullable String fields) {
            this(operation, json, fields, wire -> { });
        }

        @Override
        public String toString() {
            return operation;
        }
    }

    static Stream<Case> operations() {
        String conversation = json("Atendimento", CARLOS, "Empresa", LOJA);
        return Stream.of(
                new Case("Acompanhar", "",
                        "Alteracao AlteracaoNome Autonumeracao Cadastro CadastroNome Categoria CategoriaTitulo "
                                + "CodigoStatus Empresa EmpresaTitulo LogOcorrencia MensagemLog Nome Referente Sequencial Tabela",
                        wire -> wire.data("ProcessarOcorrenciaRespostaInicialBotIa", LOJA_TOKEN, "")),
                new Case("AgendarMensagem", json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "DataAgendamento",
                        "2030-01-02T10:00:00", "Empresa", LOJA, "Mensagem", "Lembrete: sua troca está pronta"), null),
                new Case("ColetarDadosIa", "", null),
                new Case("CriarPorContato", json("Atendente", LOJA_BOT, "Atendimento", UUID.randomUUID(),
                        "CodigoReferenciaCanal", "5541988112233", "Contato", CARLOS_CONTACT, "Empresa", LOJA,
                        "Plataforma", 1), null),
                new Case("EncaminharAtendimento", json("Atendente", MARIANA, "Atendimento", CARLOS, "Empresa", LOJA),
                        "Atendente Atendimento Empresa Hash Iniciado ReferenteResponsavel Titulo"),
                new Case("EncerrarAtendimento", conversation, null),
                new Case("EnviarMensagem", json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "Empresa", LOJA,
                        "Mensagem", "O frete para o seu CEP fica R$ 19,90.", "Plataforma", 1), null),
                new Case("IniciarAtendimento", json("Atendente", LOJA_BOT, "Atendimento", CARLOS, "Empresa", LOJA),
                        "Atendente Atendimento Empresa Hash Iniciado ReferenteResponsavel"),
                new Case("ListarDiasHorariosAtendentesAgendaDisponivel",
                        json("AtendenteRelacionado", LOJA_BOT, "Empresa", LOJA), "Data Usuario"),
                new Case("ListarEmAberto", json("Empresa", LOJA), CONVERSATION_LIST.formatted("")),
                new Case("ListarHashesOutrosAtendentesEquipesAtendente", json("Atendente", LOJA_BOT), "Hash"),
                new Case("ListarHashesOutrosHumanosEquipesAtendente", json("Atendente", LOJA_BOT), "Hash"),
                new Case("ListarMensagensAtendimento", conversation,
                        "AtendenteHash AtendenteImagem AtendenteMensagemTipoAtendenteTitulo AtendentePrimeiroNome "
                                + "AtendenteTitulo Atendimento AtendimentoHash AtendimentoMensagem Autonumeracao AutorMensagem "
                                + "Cadastro Empresa Hash Horario HorarioSegundos Imagem Mensagem MensagemAtendente Momento "
                                + "SolicitanteCor SolicitanteIniciais SolicitanteTitulo"),
                new Case("ListarMensagensAtendimentoChat", conversation,
                        "AtendenteHash AtendenteImagem AtendentePrimeiroNome AtendenteTitulo Atendimento AtendimentoHash "
                                + "AtendimentoMensagem Autonumeracao AutorMensagem Cadastro Empresa Hash Horario Imagem Mensagem "
                                + "MensagemAtendente Momento SolicitanteCor SolicitanteIniciais SolicitanteTitulo"),
                new Case("ListarMensagensEmAberto", json("Empresa", LOJA, "Inicio", 1, "Termino", 10),
                        "ArquivoAnexo AtendenteHash AtendenteImagem AtendenteMensagemTipoAtendenteTitulo "
                                + "AtendenteOriginalTitulo AtendentePrimeiroNome AtendenteResponsavel AtendenteResponsavelImagem "
                                + "AtendenteResponsavelPrimeiroNome AtendenteResponsavelTitulo AtendenteTitulo Atendimento "
                                + "AtendimentoHash AtendimentoMensagem AtendimentoOriginalHash Autonumeracao AutorMensagem Cadastro "
                                + "Empresa Extensao Hash Horario HorarioSegundos Imagem InicioAtendimentoOriginal Mensagem "
                                + "MensagemAtendente Momento SolicitanteCor SolicitanteIniciais SolicitanteTitulo "
                                + "TerminoAtendimentoOriginal UrlAnexo"),
                new Case("ListarMensagensPadrao", json("Empresa", LOJA),
                        "AtendimentoMensagemPadrao Hash Plataforma Titulo TituloAbreviado"),
                new Case("ListarMeusAtendimentos", json("Contato", CARLOS_CONTACT, "Empresa", LOJA),
                        CONVERSATION_LIST.formatted("Concluido ")),
                new Case("ListarRecentes", json("top", 5),
                        "Alteracao Atendente AtendenteTitulo Atendimento Autonumeracao Cadastro Concluido ContatoTitulo "
                                + "DataUltimaInteracaoAtendente DataUltimaInteracaoSolicitante Email Empresa EmpresaTitulo "
                                + "Iniciado InicioAtendimento Plataforma PlataformaFormaContato ReferenteCanal "
                                + "ReferenteCanalFormaContato ReferenteSolicitante SolicitanteEmEspera TelefoneWhatsapp "
                                + "TerminoAtendimento"),
                new Case("ListarRelatorioPrincipal", json("Empresa", LOJA),
                        "Atendente AtendenteHash Atendimento AtendimentoCodigo Autonumeracao AutonumeracaoEmpresa Cadastro "
                                + "CadastroValor Concluido ConcluidoValor Hash Iniciado IniciadoValor InicioAtendimento "
                                + "InicioAtendimentoValor Marcadores MarcadoresHash Plataforma PlataformaConteudo "
                                + "PlataformaImagem PlataformaLabel ReferenteResponsavel ReferenteResponsavelDescricao "
                                + "ReferenteResponsavelHash ReferenteResponsavelTipo ReferenteSolicitante "
                                + "ReferenteSolicitanteEmail ReferenteSolicitanteHash TerminoAtendimento "
                                + "TerminoAtendimentoValor Titulo"),
                new Case("ListarUltimasMensagens", json("Empresa", LOJA),
                        "ArquivoAnexo AtendenteHash AtendenteImagem AtendenteMensagemTipoAtendenteTitulo "
                                + "AtendenteOriginalTitulo AtendentePrimeiroNome AtendenteResponsavel AtendenteResponsavelImagem "
                                + "AtendenteResponsavelPrimeiroNome AtendenteResponsavelTitulo AtendenteTitulo Atendimento "
                                + "AtendimentoHash AtendimentoMensagem AtendimentoOriginalHash Autonumeracao AutonumeracaoEmpresa "
                                + "AutorMensagem Cadastro Empresa Extensao Hash Horario HorarioSegundos Imagem "
                                + "InicioAtendimentoOriginal Mensagem MensagemAtendente MensagemReticencias Momento "
                                + "PlataformaConteudo PlataformaTitulo SolicitanteCor SolicitanteEmEspera SolicitanteIniciais "
                                + "SolicitanteTitulo TerminoAtendimentoOriginal UrlAnexo"),
                new Case("ObterDashboard", json("Empresa", LOJA), "Propriedade Valor"),
                new Case("ObterNovasMensagensChatSiteSse", json("Inicio", 1, "Termino", 20),
                        "AtendenteHash AtendenteImagem AtendentePrimeiroNome AtendenteTitulo Atendimento AtendimentoHash "
                                + "AtendimentoMensagem Autonumeracao AutorMensagem Cadastro Empresa Hash Horario Imagem Mensagem "
                                + "MensagemAtendente Momento SolicitanteCor SolicitanteIniciais SolicitanteTitulo TipoAtendente"),
                new Case("PegarAtendimento", json("Atendente", MARIANA, "Atendimento", CARLOS, "Empresa", LOJA),
                        "Atendente Atendimento Concluido Empresa Hash Iniciado ReferenteResponsavel"),
                new Case("ProcessarOcorrenciaRespostaInicialBotIa", "", null),
                new Case("ProcessarOcorrenciaSemAtendente", "", null),
                new Case("ResponderMensagemBot", json("AtendimentoMensagem", CARLOS_QUESTION), null),
                new Case("ResponderMensagemIa", conversation, null),
                new Case("RespostaAutomaticaPronta", "", null),
                new Case("Consultar", json("Hash", CARLOS_HASH), CONSULTAR),
                new Case("Excluir", "", null),
                new Case("Listar", "",
                        "AcessoLiberado Alteracao Atendente Autonumeracao AutonumeracaoEmpresa Cadastro Categoria Concluido "
                                + "Empresa Hash Iniciado InicioAtendimento Notificavel ObservacoesAdicionais Plataforma "
                                + "PlataformaFormaContato Privado ReferenteResponsavel ReferenteSolicitante SolicitanteEmEspera "
                                + "TerminoAtendimento Titulo UsuarioAlteracao UsuarioCriacao"),
                new Case("Salvar", json("Hash", CARLOS_HASH, "Empresa", LOJA, "ObservacoesAdicionais",
                        "Cliente pediu frete para SP"), CONSULTAR));
    }

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersTheSuccessEnvelopeWithTheReferenceDataShape(Case operation) {
        // given
        operation.given().accept(wire);
        long before = sandbox.record().size();

        // when
        JsonNode envelope = switch (operation.operation()) {
            case "Excluir" -> wire.excluir(LOJA_TOKEN, CARLOS_HASH);
            case "Listar" -> wire.listar(LOJA_TOKEN);
            default -> wire.call(operation.operation(), LOJA_TOKEN, operation.json());
        };

        // then
        assertThat(envelope.path("Status").asString()).isEqualTo("ok");
        assertThat(envelope.path("Code").asInt()).isEqualTo(200);
        assertThat(envelope.path("Success").asBoolean()).isTrue();
        JsonNode data = envelope.path("Data");
        if (operation.fields() == null) {
            assertThat(data.isNull()).as("Data of %s", operation).isTrue();
        }
        else {
            assertThat(data.isArray()).as("Data of %s is an array", operation).isTrue();
            assertThat(data.size()).as("rows of %s", operation).isPositive();
            List<String> expected = List.of(operation.fields().split(" "));
            for (JsonNode row : data) {
                assertThat(new ArrayList<>(row.propertyNames())).as("fields of %s", operation)
                    .containsExactlyElementsOf(expected);
            }
        }
        boolean stateChanging = Operation.named(operation.operation()).orElseThrow().stateChanging();
        List<PostedCall> recorded = sandbox.record(before);
        if (stateChanging) {
            assertThat(recorded).as("record of %s", operation).isNotEmpty()
                .allSatisfy(entry -> {
                    assertThat(entry.operation()).isEqualTo(operation.operation());
                    assertThat(entry.empresa()).isEqualTo(LOJA);
                    assertThat(entry.outcome()).isEqualTo(PostedCall.Outcome.STORED);
                });
        }
        else {
            assertThat(recorded).as("reads are not recorded").isEmpty();
        }
        assertThat(sandbox.calls(operation.operation())).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void answersTheUnauthorizedEnvelopeForAnUnknownToken(Case operation) {
        // when
        var result = wire.exchange(operation.operation(), "not-a-sandbox-token", operation.json());

        // then
        assertThat(result.getStatus().value()).isEqualTo(200);
        assertThat(new String(result.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8))
            .isEqualTo("{\"Status\":\"error\",\"Code\":401,\"Success\":false,\"Data\":null,\"Message\":\"Invalid token\"}");
        assertThat(sandbox.record()).isEmpty();
    }
}
