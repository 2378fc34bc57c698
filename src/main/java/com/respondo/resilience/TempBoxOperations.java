package com.respondo.resilience;

import java.util.Set;

/**
 * Which TempBox operations the protection layer may repeat by itself after a retryable failure.
 * <p>
 * TempBox has no idempotency key: a call that timed out or got a 5xx may still have been applied. Repeating a read,
 * or a change that sets a value (owner, closed flag, a conversation's fields), leaves TempBox as one call would.
 * Repeating anything that adds (a message sent or scheduled, a conversation created, a server-side automation run
 * that may itself answer the customer) could do it twice, so those are never repeated here: the caller decides,
 * and the reply writer reads the conversation before sending again. An operation not listed is not repeated.
 */
final class TempBoxOperations {

    /** The reads: repeating them changes nothing. */
    static final Set<String> READS = Set.of("Acompanhar", "Consultar", "Listar",
            "ListarDiasHorariosAtendentesAgendaDisponivel", "ListarEmAberto",
            "ListarHashesOutrosAtendentesEquipesAtendente", "ListarHashesOutrosHumanosEquipesAtendente",
            "ListarMensagensAtendimento", "ListarMensagensAtendimentoChat", "ListarMensagensEmAberto",
            "ListarMensagensPadrao", "ListarMeusAtendimentos", "ListarRecentes", "ListarRelatorioPrincipal",
            "ListarUltimasMensagens", "ObterDashboard", "ObterNovasMensagensChatSiteSse");

    /**
     * The changes that are idempotent by effect: Iniciar/Pegar/Encaminhar set the owner, Encerrar sets the closed
     * flag, Salvar sets fields, Excluir removes what is already gone the second time.
     */
    static final Set<String> IDEMPOTENT_CHANGES = Set.of("IniciarAtendimento", "PegarAtendimento",
            "EncaminharAtendimento", "EncerrarAtendimento", "Salvar", "Excluir");

    /**
     * Never repeated automatically: each call adds a message (EnviarMensagem, AgendarMensagem), a conversation
     * (CriarPorContato) or a server-side automation run that may answer the customer itself.
     */
    static final Set<String> NOT_REPEATED = Set.of("EnviarMensagem", "AgendarMensagem", "CriarPorContato",
            "ProcessarOcorrenciaRespostaInicialBotIa", "ProcessarOcorrenciaSemAtendente", "ResponderMensagemBot",
            "ResponderMensagemIa", "ColetarDadosIa", "RespostaAutomaticaPronta");

    private TempBoxOperations() {
    }

    /** Whether a retryable failure of {@code operation} may be retried without asking the caller. */
    static boolean repeatable(String operation) {
        return READS.contains(operation) || IDEMPOTENT_CHANGES.contains(operation);
    }
}
