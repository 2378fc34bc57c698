package com.respondo.sandbox;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 32 operations of the Atendimento API, named exactly as on the wire, with whether each one changes state (and so
 * goes into the record of what was posted).
 */
enum Operation {

    Acompanhar(false),
    AgendarMensagem(true),
    ColetarDadosIa(true),
    CriarPorContato(true),
    EncaminharAtendimento(true),
    EncerrarAtendimento(true),
    EnviarMensagem(true),
    IniciarAtendimento(true),
    ListarDiasHorariosAtendentesAgendaDisponivel(false),
    ListarEmAberto(false),
    ListarHashesOutrosAtendentesEquipesAtendente(false),
    ListarHashesOutrosHumanosEquipesAtendente(false),
    ListarMensagensAtendimento(false),
    ListarMensagensAtendimentoChat(false),
    ListarMensagensEmAberto(false),
    ListarMensagensPadrao(false),
    ListarMeusAtendimentos(false),
    ListarRecentes(false),
    ListarRelatorioPrincipal(false),
    ListarUltimasMensagens(false),
    ObterDashboard(false),
    ObterNovasMensagensChatSiteSse(false),
    PegarAtendimento(true),
    ProcessarOcorrenciaRespostaInicialBotIa(true),
    ProcessarOcorrenciaSemAtendente(true),
    ResponderMensagemBot(true),
    ResponderMensagemIa(true),
    RespostaAutomaticaPronta(true),
    Consultar(false),
    Excluir(true),
    Listar(false),
    Salvar(true);

    private static final Map<String, Operation> BY_NAME = Arrays.stream(values())
        .collect(Collectors.toUnmodifiableMap(Operation::name, Function.identity()));

    private final boolean stateChanging;

    Operation(boolean stateChanging) {
        this.stateChanging = stateChanging;
    }

    boolean stateChanging() {
        return stateChanging;
    }

    static Optional<Operation> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
