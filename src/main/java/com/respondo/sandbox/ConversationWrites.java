package com.respondo.sandbox;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * The operations that change one conversation on a caller's behalf: send, schedule, start, take, forward, close,
 * create, save and delete.
 */
final class ConversationWrites implements Answer.Operations {

    private final ConversationRowFactory rows;
    private final ScheduledMessagesAccess scheduled;

    /** Where AgendarMensagem puts what it schedules (the current state's queue). */
    interface ScheduledMessagesAccess {

        void add(ScheduledMessages.Scheduled scheduled);
    }

    ConversationWrites(ConversationRowFactory rows, ScheduledMessagesAccess scheduled) {
        this.rows = rows;
        this.scheduled = scheduled;
    }

    @Override
    public void register(Map<Operation, Answer.Handler> handlers) {
        handlers.put(Operation.EnviarMensagem, this::enviarMensagem);
        handlers.put(Operation.AgendarMensagem, this::agendarMensagem);
        handlers.put(Operation.IniciarAtendimento, call -> start(call, false));
        handlers.put(Operation.PegarAtendimento, call -> start(call, true));
        handlers.put(Operation.EncaminharAtendimento, this::encaminhar);
        handlers.put(Operation.EncerrarAtendimento, this::encerrar);
        handlers.put(Operation.CriarPorContato, this::criarPorContato);
        handlers.put(Operation.Salvar, this::salvar);
        handlers.put(Operation.Excluir, this::excluir);
    }

    private Answer enviarMensagem(Call call) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        Attendant attendant = call.attendant("Atendente");
        String text = call.requiredText("Mensagem");
        Message answered = lastCustomerMessage(conversation);
        call.company().append(conversation, attendant.id(), text, call.now());
        return Answer.changed(null, Effect.on(conversation.id(), attendant.id(), text, answered));
    }

    private Answer agendarMensagem(Call call) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        Attendant attendant = call.attendant("Atendente");
        String text = call.requiredText("Mensagem");
        Instant due = call.dateTime("DataAgendamento");
        if (due == null) {
            throw new OperationException("O campo DataAgendamento é obrigatório");
        }
        if (!conversation.open()) {
            throw new OperationException("Atendimento concluído: não aceita mensagens agendadas");
        }
        scheduled.add(new ScheduledMessages.Scheduled(call.company().empresa(), conversation.id(), attendant.id(), text,
                due));
        Effect effect = new Effect(conversation.id(), attendant.id(), text, call.wire().local(due),
                lastCustomerMessage(conversation), null);
        return Answer.changed(null, effect);
    }

    private Answer start(Call call, boolean pegar) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        Attendant attendant = call.attendant("Atendente");
        if (!conversation.open()) {
            throw new OperationException("Atendimento concluído");
        }
        conversation.start(attendant.id(), call.now());
        Row row = rows.ownershipRow(conversation.view(), false, pegar);
        return Answer.changed(List.of(row),
                Effect.on(conversation.id(), attendant.id(), null, lastCustomerMessage(conversation)));
    }

    private Answer encaminhar(Call call) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        Attendant attendant = call.attendant("Atendente");
        if (!conversation.open()) {
            throw new OperationException("Atendimento concluído");
        }
        conversation.forward(attendant.id(), call.now());
        Row row = rows.ownershipRow(conversation.view(), true, false);
        return Answer.changed(List.of(row),
                Effect.on(conversation.id(), attendant.id(), null, lastCustomerMessage(conversation)));
    }

    private Answer encerrar(Call call) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        UUID owner = conversation.view().owner();
        call.company().close(conversation, owner, call.now());
        return Answer.changed(null, Effect.on(conversation.id(), owner, null, lastCustomerMessage(conversation)));
    }

    private Answer criarPorContato(Call call) {
        call.checkEmpresa();
        UUID contato = call.requiredUuid("Contato");
        Integer plataforma = call.integer("Plataforma");
        UUID atendimento = call.uuid("Atendimento");
        UUID atendente = call.uuid("Atendente");
        if (atendente != null && call.profile().attendant(atendente).isEmpty()) {
            throw new OperationException("Atendente não encontrado: " + atendente);
        }
        Customer customer = knownCustomer(call.company(), contato);
        Conversation conversation = call.company().open(customer, plataforma == null ? Channels.WHATSAPP : plataforma,
                null, call.now(), atendimento == null ? UUID.randomUUID() : atendimento, UUID.randomUUID(), atendente);
        if (atendente != null) {
            conversation.start(atendente, call.now());
        }
        String channelReference = call.text("CodigoReferenciaCanal");
        return Answer.changed(null, Effect.on(conversation.id(), atendente, null, null)
            .withDetail(channelReference == null ? null : "CodigoReferenciaCanal=" + channelReference));
    }

    private Answer salvar(Call call) {
        call.checkEmpresa();
        UUID hash = call.requiredUuid("Hash");
        Conversation conversation = call.company().byHash(hash)
            .orElseThrow(() -> new OperationException("Atendimento não encontrado: " + hash));
        SalvarChanges changes = changes(call);
        List<String> changed = changedFields(changes);
        conversation.save(changes, call.now());
        if (Boolean.TRUE.equals(changes.concluido())) {
            call.company().close(conversation, changes.usuarioAlteracao(), call.now());
        }
        else if (Boolean.FALSE.equals(changes.concluido())) {
            call.company().reopen(conversation, call.now());
        }
        Effect effect = new Effect(conversation.id(), changes.atendente(), changes.observacoesAdicionais(), null,
                lastCustomerMessage(conversation), "Salvar: " + String.join(", ", changed));
        return Answer.changed(List.of(rows.consultarRow(call.profile(), conversation.view())), effect);
    }

    private Answer excluir(Call call) {
        String hashText = call.hashParameter() != null ? call.hashParameter() : call.text("Hash");
        if (hashText == null || hashText.isBlank()) {
            throw new OperationException("O parâmetro Hash é obrigatório");
        }
        UUID hash;
        try {
            hash = UUID.fromString(hashText.trim());
        }
        catch (IllegalArgumentException ex) {
            throw new OperationException("Hash inválido: " + WireFormat.abbreviate(hashText));
        }
        Conversation conversation = call.company().byHash(hash)
            .orElseThrow(() -> new OperationException("Atendimento não encontrado: " + hash));
        call.company().delete(conversation);
        return Answer.changed(null, Effect.on(conversation.id(), null, null, null));
    }

    /** The fields of a Salvar call, restricted to CamposAtualizados when that lists some. */
    private static SalvarChanges changes(Call call) {
        String listed = call.text("CamposAtualizados");
        @Nullable List<String> only = listed == null || listed.isBlank() ? null : List.of(listed.trim().split("\\s*[,;]\\s*"));
        return new SalvarChanges(
                allowed(only, "Atendente") ? call.uuid("Atendente") : null,
                allowed(only, "ReferenteResponsavel") ? call.uuid("ReferenteResponsavel") : null,
                allowed(only, "Iniciado") ? call.bit("Iniciado") : null,
                allowed(only, "Concluido") ? call.bit("Concluido") : null,
                allowed(only, "InicioAtendimento") ? call.dateTime("InicioAtendimento") : null,
                allowed(only, "TerminoAtendimento") ? call.dateTime("TerminoAtendimento") : null,
                allowed(only, "Titulo") ? call.text("Titulo") : null,
                allowed(only, "Categoria") ? call.integer("Categoria") : null,
                allowed(only, "Plataforma") ? call.integer("Plataforma") : null,
                allowed(only, "Privado") ? call.bit("Privado") : null,
                allowed(only, "Notificavel") ? call.bit("Notificavel") : null,
                allowed(only, "AcessoLiberado") ? call.text("AcessoLiberado") : null,
                allowed(only, "ObservacoesAdicionais") ? call.text("ObservacoesAdicionais") : null,
                allowed(only, "VirtualHtmlConversa") ? call.text("VirtualHtmlConversa") : null,
                call.uuid("UsuarioAlteracao"));
    }

    private static boolean allowed(@Nullable List<String> only, String field) {
        return only == null || only.stream().anyMatch(field::equalsIgnoreCase);
    }

    private static List<String> changedFields(SalvarChanges changes) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : SalvarChanges.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(changes) != null && !component.getName().equals("usuarioAlteracao")) {
                    fields.add(StringUtils.capitalize(component.getName()));
                }
            }
            catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return fields;
    }

    private static Customer knownCustomer(Company company, UUID contato) {
        return company.allConversations().stream()
            .map(Conversation::customer)
            .filter(customer -> customer.id().equals(contato))
            .findFirst()
            .orElseGet(() -> new Customer(contato, Seeder.id(contato + "/hash"),
                    "Contato " + contato.toString().substring(0, 8), null, null, null));
    }

    static @Nullable Message lastCustomerMessage(Conversation conversation) {
        Message newest = conversation.newest();
        if (newest == null || !newest.fromAttendant()) {
            return newest;
        }
        List<Message> messages = conversation.messages();
        for (int index = messages.size() - 1; index >= 0; index--) {
            if (!messages.get(index).fromAttendant()) {
                return messages.get(index);
            }
        }
        return null;
    }
}
