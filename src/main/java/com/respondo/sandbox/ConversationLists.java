package com.respondo.sandbox;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** The operations that list or look up conversations: ListarEmAberto, ListarMeusAtendimentos, Listar, ListarRecentes,
 * ListarRelatorioPrincipal, ObterDashboard and Consultar. */
final class ConversationLists implements Answer.Operations {

    private static final int DEFAULT_TOP = 10;
    private static final int MAX_TOP = 1000;

    private final ConversationRowFactory rows;

    ConversationLists(ConversationRowFactory rows) {
        this.rows = rows;
    }

    @Override
    public void register(Map<Operation, Answer.Handler> handlers) {
        handlers.put(Operation.ListarEmAberto, this::listarEmAberto);
        handlers.put(Operation.ListarMeusAtendimentos, this::listarMeusAtendimentos);
        handlers.put(Operation.Listar, this::listar);
        handlers.put(Operation.ListarRecentes, this::listarRecentes);
        handlers.put(Operation.ListarRelatorioPrincipal, this::listarRelatorioPrincipal);
        handlers.put(Operation.ObterDashboard, this::obterDashboard);
        handlers.put(Operation.Consultar, this::consultar);
    }

    private Answer listarEmAberto(Call call) {
        call.checkEmpresa();
        List<Row> data = call.company().openConversations().stream()
            .map(Conversation::view)
            .filter(view -> !view.concluido())
            .map(view -> rows.conversationListRow(call.profile(), view, call.now(), false))
            .toList();
        return Answer.of(data);
    }

    /** The conversations of one contact (the customer in Contato), open and closed; all of them without Contato. */
    private Answer listarMeusAtendimentos(Call call) {
        call.checkEmpresa();
        UUID contato = call.uuid("Contato");
        List<Row> data = views(call)
            .filter(view -> contato == null || view.customer().id().equals(contato))
            .map(view -> rows.conversationListRow(call.profile(), view, call.now(), true))
            .toList();
        return Answer.of(data);
    }

    private Answer listar(Call call) {
        return Answer.of(views(call).map(rows::listarRow).toList());
    }

    /** The {@code top} conversations with the latest change, newest first. */
    private Answer listarRecentes(Call call) {
        Integer top = call.integer("top");
        int limit = top == null || top <= 0 ? DEFAULT_TOP : Math.min(top, MAX_TOP);
        List<Row> data = views(call)
            .sorted(Comparator.comparing(ConversationView::alteracao).reversed())
            .limit(limit)
            .map(view -> rows.recentesRow(call.profile(), view))
            .toList();
        return Answer.of(data);
    }

    /** Every conversation; Usuario, when given, keeps those owned by that attendant. */
    private Answer listarRelatorioPrincipal(Call call) {
        call.checkEmpresa();
        UUID usuario = call.uuid("Usuario");
        List<Row> data = views(call)
            .filter(view -> usuario == null || usuario.equals(view.owner()))
            .map(view -> rows.relatorioRow(call.profile(), view))
            .toList();
        return Answer.of(data);
    }

    private Answer obterDashboard(Call call) {
        call.checkEmpresa();
        List<ConversationView> views = views(call).toList();
        LocalDate today = rows.wire().local(call.now()).toLocalDate();
        UUID bot = call.profile().bot().id();
        long open = views.stream().filter(view -> !view.concluido()).count();
        long notStarted = views.stream().filter(view -> !view.concluido() && !view.iniciado()).count();
        long waiting = views.stream().filter(ConversationView::waitingForAnswer).count();
        long withBot = views.stream().filter(view -> !view.concluido() && bot.equals(view.owner())).count();
        long withHumans = views.stream()
            .filter(view -> !view.concluido() && view.owner() != null && !bot.equals(view.owner()))
            .count();
        long closedToday = views.stream()
            .filter(view -> view.concluido() && view.termino() != null
                    && rows.wire().local(view.termino()).toLocalDate().equals(today))
            .count();
        List<Row> data = Stream.of(
                    metric("AtendimentosEmAberto", open),
                    metric("AtendimentosNaoIniciados", notStarted),
                    metric("AtendimentosAguardandoResposta", waiting),
                    metric("AtendimentosComBot", withBot),
                    metric("AtendimentosComHumanos", withHumans),
                    metric("AtendimentosConcluidosHoje", closedToday),
                    metric("TotalAtendimentos", views.size()))
            .toList();
        return Answer.of(data);
    }

    private Answer consultar(Call call) {
        UUID hash = call.requiredUuid("Hash");
        Conversation conversation = call.company().byHash(hash)
            .orElseThrow(() -> new OperationException("Atendimento não encontrado: " + hash));
        return Answer.of(List.of(rows.consultarRow(call.profile(), conversation.view())));
    }

    private static Stream<ConversationView> views(Call call) {
        return call.company().allConversations().stream().map(Conversation::view);
    }

    private static Row metric(String name, long value) {
        return Row.of("Propriedade", name).with("Valor", Long.toString(value));
    }
}
