package com.respondo.tempbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link TempBoxClient} over WebClient and Reactor Netty: each method names its operation and the shape of its
 * answer; {@link TempBoxExchange} does the rest.
 */
final class WebClientTempBoxClient implements TempBoxClient, AutoCloseable {

    /** Answers are read whole into memory; a page of long conversations stays far below this. */
    private static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

    private static final int MAX_CONNECTIONS = 100;

    private static final Duration MAX_IDLE = Duration.ofSeconds(30);

    private final ConnectionProvider connections;

    private final JsonMapper mapper;

    private final TempBoxResponses responses;

    private final TempBoxExchange exchange;

    WebClientTempBoxClient(TempBoxProperties properties, WebClient.Builder builder, TempBoxCallDecorator decorator) {
        this.connections = ConnectionProvider.builder("tempbox")
            .maxConnections(MAX_CONNECTIONS)
            .pendingAcquireMaxCount(-1)
            .pendingAcquireTimeout(properties.readTimeout())
            .maxIdleTime(MAX_IDLE)
            .build();
        this.mapper = TempBoxJson.mapper(properties.zone());
        this.responses = new TempBoxResponses(this.mapper, TempBoxJson.exactNamesMapper(properties.zone()),
                Clock.systemUTC());
        this.exchange = new TempBoxExchange(webClient(properties, builder, this.connections), this.responses,
                decorator, properties);
    }

    private static WebClient webClient(TempBoxProperties properties, WebClient.Builder builder,
            ConnectionProvider connections) {
        HttpClient http = HttpClient.create(connections)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()))
            .responseTimeout(properties.readTimeout());
        return builder.clone()
            .clientConnector(new ReactorClientHttpConnector(http))
            // one measurement per call: respondo.tempbox.calls (the TempBoxCallMetrics decorator, by operation and
            // outcome); no http.client.requests observation as well, whose URL masking cost CPU on every call
            .observationRegistry(ObservationRegistry.NOOP)
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
            .build();
    }

    /** The base URL without a trailing slash. */
    static String baseUrl(TempBoxProperties properties) {
        String url = properties.baseUrl().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void close() {
        this.connections.dispose();
    }

    // ---- the generic paths

    private <T> List<T> list(TempBoxCall call, Class<T> rowType) {
        return this.exchange.execute(call, rowType,
                (result, envelope) -> this.responses.rows(call, result, envelope, rowType));
    }

    private <T> Optional<T> single(TempBoxCall call, Class<T> rowType, String idName,
            Function<T, @Nullable String> id) {
        return this.exchange.execute(call, rowType,
                (result, envelope) -> this.responses.single(call, result, envelope, rowType, idName, id));
    }

    private void command(TempBoxCall call) {
        this.exchange.execute(call, null, (result, envelope) -> Boolean.TRUE);
    }

    private TempBoxCall json(String operation, Tenant tenant, Object request) {
        return TempBoxCall.json(operation, tenant, this.mapper.writeValueAsString(request));
    }

    private Optional<ConversationAssignment> assignment(TempBoxCall call) {
        return single(call, ConversationAssignment.class, "Atendimento", ConversationAssignment::atendimento);
    }

    private Optional<Atendimento> conversation(TempBoxCall call) {
        return single(call, Atendimento.class, "Hash", Atendimento::hash);
    }

    // ---- the 32 operations, in the order of the reference

    @Override
    public List<OccurrenceLog> acompanhar(Tenant tenant) {
        return list(TempBoxCall.withoutParameters("Acompanhar", tenant), OccurrenceLog.class);
    }

    @Override
    public void agendarMensagem(Tenant tenant, AgendarMensagemRequest request) {
        command(json("AgendarMensagem", tenant, request));
    }

    @Override
    public void coletarDadosIa(Tenant tenant) {
        command(TempBoxCall.withoutParameters("ColetarDadosIa", tenant));
    }

    @Override
    public void criarPorContato(Tenant tenant, CriarPorContatoRequest request) {
        command(json("CriarPorContato", tenant, request));
    }

    @Override
    public Optional<ConversationAssignment> encaminharAtendimento(Tenant tenant,
            EncaminharAtendimentoRequest request) {
        return assignment(json("EncaminharAtendimento", tenant, request));
    }

    @Override
    public void encerrarAtendimento(Tenant tenant, EncerrarAtendimentoRequest request) {
        command(json("EncerrarAtendimento", tenant, request));
    }

    @Override
    public void enviarMensagem(Tenant tenant, EnviarMensagemRequest request) {
        command(json("EnviarMensagem", tenant, request));
    }

    @Override
    public Optional<ConversationAssignment> iniciarAtendimento(Tenant tenant, IniciarAtendimentoRequest request) {
        return assignment(json("IniciarAtendimento", tenant, request));
    }

    @Override
    public List<HorarioDisponivel> listarDiasHorariosAtendentesAgendaDisponivel(Tenant tenant,
            ListarDiasHorariosAtendentesAgendaDisponivelRequest request) {
        return list(json("ListarDiasHorariosAtendentesAgendaDisponivel", tenant, request), HorarioDisponivel.class);
    }

    @Override
    public List<AtendimentoEmAberto> listarEmAberto(Tenant tenant, ListarEmAbertoRequest request) {
        return list(json("ListarEmAberto", tenant, request), AtendimentoEmAberto.class);
    }

    @Override
    public List<AttendantHash> listarHashesOutrosAtendentesEquipesAtendente(Tenant tenant,
            ListarHashesOutrosAtendentesEquipesAtendenteRequest request) {
        return list(json("ListarHashesOutrosAtendentesEquipesAtendente", tenant, request), AttendantHash.class);
    }

    @Override
    public List<AttendantHash> listarHashesOutrosHumanosEquipesAtendente(Tenant tenant,
            ListarHashesOutrosHumanosEquipesAtendenteRequest request) {
        return list(json("ListarHashesOutrosHumanosEquipesAtendente", tenant, request), AttendantHash.class);
    }

    @Override
    public List<ConversationMessage> listarMensagensAtendimento(Tenant tenant,
            ListarMensagensAtendimentoRequest request) {
        return list(json("ListarMensagensAtendimento", tenant, request), ConversationMessage.class);
    }

    @Override
    public List<ConversationMessage> listarMensagensAtendimentoChat(Tenant tenant,
            ListarMensagensAtendimentoChatRequest request) {
        return list(json("ListarMensagensAtendimentoChat", tenant, request), ConversationMessage.class);
    }

    @Override
    public List<LatestMessage> listarMensagensEmAberto(Tenant tenant, ListarMensagensEmAbertoRequest request) {
        return list(json("ListarMensagensEmAberto", tenant, request), LatestMessage.class);
    }

    @Override
    public List<MensagemPadrao> listarMensagensPadrao(Tenant tenant, ListarMensagensPadraoRequest request) {
        return list(json("ListarMensagensPadrao", tenant, request), MensagemPadrao.class);
    }

    @Override
    public List<AtendimentoEmAberto> listarMeusAtendimentos(Tenant tenant, ListarMeusAtendimentosRequest request) {
        return list(json("ListarMeusAtendimentos", tenant, request), AtendimentoEmAberto.class);
    }

    @Override
    public List<RecentConversation> listarRecentes(Tenant tenant, ListarRecentesRequest request) {
        return list(json("ListarRecentes", tenant, request), RecentConversation.class);
    }

    @Override
    public List<MainReportRow> listarRelatorioPrincipal(Tenant tenant, ListarRelatorioPrincipalRequest request) {
        return list(json("ListarRelatorioPrincipal", tenant, request), MainReportRow.class);
    }

    @Override
    public List<LatestMessage> listarUltimasMensagens(Tenant tenant, ListarUltimasMensagensRequest request) {
        return list(json("ListarUltimasMensagens", tenant, request), LatestMessage.class);
    }

    @Override
    public List<DashboardIndicator> obterDashboard(Tenant tenant, ObterDashboardRequest request) {
        return list(json("ObterDashboard", tenant, request), DashboardIndicator.class);
    }

    @Override
    public List<ConversationMessage> obterNovasMensagensChatSiteSse(Tenant tenant,
            ObterNovasMensagensChatSiteSseRequest request) {
        return list(json("ObterNovasMensagensChatSiteSse", tenant, request), ConversationMessage.class);
    }

    @Override
    public Optional<ConversationAssignment> pegarAtendimento(Tenant tenant, PegarAtendimentoRequest request) {
        return assignment(json("PegarAtendimento", tenant, request));
    }

    @Override
    public void processarOcorrenciaRespostaInicialBotIa(Tenant tenant) {
        command(TempBoxCall.withoutParameters("ProcessarOcorrenciaRespostaInicialBotIa", tenant));
    }

    @Override
    public void processarOcorrenciaSemAtendente(Tenant tenant) {
        command(TempBoxCall.withoutParameters("ProcessarOcorrenciaSemAtendente", tenant));
    }

    @Override
    public void responderMensagemBot(Tenant tenant, ResponderMensagemBotRequest request) {
        command(json("ResponderMensagemBot", tenant, request));
    }

    @Override
    public void responderMensagemIa(Tenant tenant, ResponderMensagemIaRequest request) {
        command(json("ResponderMensagemIa", tenant, request));
    }

    @Override
    public void respostaAutomaticaPronta(Tenant tenant) {
        command(TempBoxCall.withoutParameters("RespostaAutomaticaPronta", tenant));
    }

    @Override
    public Optional<Atendimento> consultar(Tenant tenant, ConsultarRequest request) {
        return conversation(json("Consultar", tenant, request));
    }

    @Override
    public void excluir(Tenant tenant, String hash) {
        command(TempBoxCall.hash("Excluir", tenant, hash));
    }

    @Override
    public List<Atendimento> listar(Tenant tenant) {
        return list(TempBoxCall.tokenOnly("Listar", tenant), Atendimento.class);
    }

    @Override
    public Optional<Atendimento> salvar(Tenant tenant, SalvarRequest request) {
        return conversation(json("Salvar", tenant, request));
    }
}
