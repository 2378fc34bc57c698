package com.respondo.tempbox;

import java.util.List;
import java.util.Optional;

/**
 * The port to TempBox's "Atendimento" API: one blocking method per operation of the reference, named after it,
 * each for one tenant (whose token the call carries).
 * <p>
 * Every method throws a {@link TempBoxException} when the call fails: {@link TempBoxUnauthorizedException} for a
 * refused token, {@link TempBoxUnavailableException} (retryable) for 5xx/429, {@code Code} 500, timeouts and
 * connection failures, {@link TempBoxRejectedException} for other HTTP 4xx, {@link TempBoxResponseException} for an
 * answer that cannot be read. Lists are never null ({@code Data: null} is an empty list); operations whose
 * reference answers {@code Data: null} return nothing; the single-row operations return an empty Optional when
 * TempBox sends no row and fail when the row lacks its id.
 * <p>
 * In the application every call passes through the {@link TempBoxCallDecorator} of {@code com.respondo.resilience}:
 * reads and idempotent changes have already been retried when a {@link TempBoxUnavailableException} arrives; sends,
 * schedules, creations and server-side automations never are (the caller reconciles); an open circuit breaker or
 * the tenant's rate limit fails at once with a {@link TempBoxUnavailableException}.
 */
public interface TempBoxClient {

    /** {@code Acompanhar}: the log of server-side processing occurrences. */
    List<OccurrenceLog> acompanhar(Tenant tenant);

    /** {@code AgendarMensagem}: schedules a message, which TempBox sends at {@code DataAgendamento}. */
    void agendarMensagem(Tenant tenant, AgendarMensagemRequest request);

    /** {@code ColetarDadosIa}: asks TempBox to run its own customer-data collection. */
    void coletarDadosIa(Tenant tenant);

    /** {@code CriarPorContato}: opens a conversation for a contact. */
    void criarPorContato(Tenant tenant, CriarPorContatoRequest request);

    /** {@code EncaminharAtendimento}: forwards a conversation to an attendant. */
    Optional<ConversationAssignment> encaminharAtendimento(Tenant tenant, EncaminharAtendimentoRequest request);

    /** {@code EncerrarAtendimento}: closes a conversation. */
    void encerrarAtendimento(Tenant tenant, EncerrarAtendimentoRequest request);

    /** {@code EnviarMensagem}: sends a message as an attendant. */
    void enviarMensagem(Tenant tenant, EnviarMensagemRequest request);

    /** {@code IniciarAtendimento}: starts a conversation as an attendant, who becomes its owner. */
    Optional<ConversationAssignment> iniciarAtendimento(Tenant tenant, IniciarAtendimentoRequest request);

    /** {@code ListarDiasHorariosAtendentesAgendaDisponivel}: free agenda slots. */
    List<HorarioDisponivel> listarDiasHorariosAtendentesAgendaDisponivel(Tenant tenant,
            ListarDiasHorariosAtendentesAgendaDisponivelRequest request);

    /** {@code ListarEmAberto}: the open conversations. */
    List<AtendimentoEmAberto> listarEmAberto(Tenant tenant, ListarEmAbertoRequest request);

    /** {@code ListarHashesOutrosAtendentesEquipesAtendente}: the other attendants of the attendant's teams. */
    List<AttendantHash> listarHashesOutrosAtendentesEquipesAtendente(Tenant tenant,
            ListarHashesOutrosAtendentesEquipesAtendenteRequest request);

    /** {@code ListarHashesOutrosHumanosEquipesAtendente}: the human attendants of the attendant's teams. */
    List<AttendantHash> listarHashesOutrosHumanosEquipesAtendente(Tenant tenant,
            ListarHashesOutrosHumanosEquipesAtendenteRequest request);

    /** {@code ListarMensagensAtendimento}: every message of a conversation, oldest first. */
    List<ConversationMessage> listarMensagensAtendimento(Tenant tenant, ListarMensagensAtendimentoRequest request);

    /** {@code ListarMensagensAtendimentoChat}: the messages of a site-chat conversation. */
    List<ConversationMessage> listarMensagensAtendimentoChat(Tenant tenant,
            ListarMensagensAtendimentoChatRequest request);

    /** {@code ListarMensagensEmAberto}: one page of the newest message of each open conversation. */
    List<LatestMessage> listarMensagensEmAberto(Tenant tenant, ListarMensagensEmAbertoRequest request);

    /** {@code ListarMensagensPadrao}: the company's canned messages. */
    List<MensagemPadrao> listarMensagensPadrao(Tenant tenant, ListarMensagensPadraoRequest request);

    /** {@code ListarMeusAtendimentos}: the conversations of a contact. */
    List<AtendimentoEmAberto> listarMeusAtendimentos(Tenant tenant, ListarMeusAtendimentosRequest request);

    /** {@code ListarRecentes}: the most recent conversations. */
    List<RecentConversation> listarRecentes(Tenant tenant, ListarRecentesRequest request);

    /** {@code ListarRelatorioPrincipal}: the main conversation report. */
    List<MainReportRow> listarRelatorioPrincipal(Tenant tenant, ListarRelatorioPrincipalRequest request);

    /** {@code ListarUltimasMensagens}: the latest messages. */
    List<LatestMessage> listarUltimasMensagens(Tenant tenant, ListarUltimasMensagensRequest request);

    /** {@code ObterDashboard}: the dashboard figures. */
    List<DashboardIndicator> obterDashboard(Tenant tenant, ObterDashboardRequest request);

    /** {@code ObterNovasMensagensChatSiteSse}: one page of new site-chat messages. */
    List<ConversationMessage> obterNovasMensagensChatSiteSse(Tenant tenant,
            ObterNovasMensagensChatSiteSseRequest request);

    /** {@code PegarAtendimento}: takes a conversation for an attendant, who becomes its owner. */
    Optional<ConversationAssignment> pegarAtendimento(Tenant tenant, PegarAtendimentoRequest request);

    /** {@code ProcessarOcorrenciaRespostaInicialBotIa}: TempBox's own initial bot/AI response run. */
    void processarOcorrenciaRespostaInicialBotIa(Tenant tenant);

    /** {@code ProcessarOcorrenciaSemAtendente}: TempBox's own run over conversations without attendant. */
    void processarOcorrenciaSemAtendente(Tenant tenant);

    /** {@code ResponderMensagemBot}: TempBox's own bot answers one customer message. */
    void responderMensagemBot(Tenant tenant, ResponderMensagemBotRequest request);

    /** {@code ResponderMensagemIa}: TempBox's own AI answers a conversation. */
    void responderMensagemIa(Tenant tenant, ResponderMensagemIaRequest request);

    /** {@code RespostaAutomaticaPronta}: TempBox's own canned automatic answers run. */
    void respostaAutomaticaPronta(Tenant tenant);

    /** {@code Consultar}: one conversation by its {@code Hash}; empty when TempBox returns no row. */
    Optional<Atendimento> consultar(Tenant tenant, ConsultarRequest request);

    /** {@code Excluir}: deletes a conversation by its {@code Hash} (sent as the {@code Hash} query parameter). */
    void excluir(Tenant tenant, String hash);

    /** {@code Listar}: the conversations the token sees (the call carries the token alone). */
    List<Atendimento> listar(Tenant tenant);

    /** {@code Salvar}: saves a conversation; the saved record when TempBox returns it. */
    Optional<Atendimento> salvar(Tenant tenant, SalvarRequest request);
}
