package com.respondo.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The operations that list messages: one conversation's (ListarMensagensAtendimento, ListarMensagensAtendimentoChat),
 * those of the open conversations (ListarMensagensEmAberto, the worker's reader, in an {@link OpenMessages} form), the
 * latest of the company (ListarUltimasMensagens) and the site chat's (ObterNovasMensagensChatSiteSse).
 */
final class MessageLists implements Answer.Operations {

    private static final int ULTIMAS_LIMIT = 100;

    private final MessageRowFactory rows;

    private final Supplier<OpenMessages> openMessages;

    /** The lists, ListarMensagensEmAberto in the form and order {@code openMessages} gives at each call. */
    MessageLists(MessageRowFactory rows, Supplier<OpenMessages> openMessages) {
        this.rows = rows;
        this.openMessages = openMessages;
    }

    @Override
    public void register(Map<Operation, Answer.Handler> handlers) {
        handlers.put(Operation.ListarMensagensAtendimento, call -> messages(call, MessageRowFactory.MessageList.ATENDIMENTO));
        handlers.put(Operation.ListarMensagensAtendimentoChat, call -> messages(call, MessageRowFactory.MessageList.CHAT));
        handlers.put(Operation.ListarMensagensEmAberto, this::listarMensagensEmAberto);
        handlers.put(Operation.ListarUltimasMensagens, this::listarUltimasMensagens);
        handlers.put(Operation.ObterNovasMensagensChatSiteSse, this::obterNovasMensagensChatSite);
    }

    /** All messages of one conversation, oldest first. */
    private Answer messages(Call call, MessageRowFactory.MessageList shape) {
        call.checkEmpresa();
        Conversation conversation = call.conversation();
        ConversationView view = conversation.view();
        List<Row> data = conversation.messages().stream()
            .map(message -> rows.messageRow(call.profile(), view, message, call.now(), shape))
            .toList();
        return Answer.of(data);
    }

    /**
     * The open conversations' messages, rows Inicio..Termino, 1-based and inclusive, in the {@link OpenMessages} form
     * and order in force: by default one row per open conversation that has messages, its newest message, ordered by
     * the conversation's Autonumeracao (walking the ordered index once and stopping after Termino).
     */
    private Answer listarMensagensEmAberto(Call call) {
        call.checkEmpresa();
        Page page = Page.of(call);
        OpenMessages shape = openMessages.get();
        if (shape.equals(OpenMessages.perConversation())) {
            return Answer.of(newestByAutonumeracao(call, page));
        }
        List<Map.Entry<ConversationView, Message>> entries = new ArrayList<>();
        for (Conversation conversation : call.company().openConversations()) {
            Message newest = conversation.newest();
            if (!conversation.open() || newest == null) {
                continue;
            }
            ConversationView view = conversation.view();
            if (shape.form() == OpenMessages.Form.PER_CONVERSATION) {
                entries.add(Map.entry(view, view.newest() != null ? view.newest() : newest));
            }
            else {
                conversation.messages().forEach(message -> entries.add(Map.entry(view, message)));
            }
        }
        if (shape.order() != OpenMessages.Order.CONVERSATION) {
            Comparator<Map.Entry<ConversationView, Message>> byTime = Comparator
                .comparing((Map.Entry<ConversationView, Message> entry) -> entry.getValue().cadastro())
                .thenComparingInt(entry -> entry.getValue().autonumeracao());
            entries.sort(shape.order() == OpenMessages.Order.NEWEST_FIRST ? byTime.reversed() : byTime);
        }
        List<Row> data = entries.stream()
            .skip(page.first() - 1)
            .limit(page.size())
            .map(entry -> rows.newestMessageRow(call.profile(), entry.getKey(), entry.getValue(), call.now(), false))
            .toList();
        return Answer.of(data);
    }

    private List<Row> newestByAutonumeracao(Call call, Page page) {
        List<Row> data = new ArrayList<>();
        long number = 0;
        for (Conversation conversation : call.company().openConversations()) {
            Message newest = conversation.newest();
            if (!conversation.open() || newest == null) {
                continue;
            }
            number++;
            if (number > page.last()) {
                break;
            }
            if (number >= page.first()) {
                ConversationView view = conversation.view();
                Message current = view.newest() != null ? view.newest() : newest;
                data.add(rows.newestMessageRow(call.profile(), view, current, call.now(), false));
            }
        }
        return data;
    }

    /** The newest message of each conversation, the latest first, at most 100. */
    private Answer listarUltimasMensagens(Call call) {
        call.checkEmpresa();
        List<Row> data = call.company().allConversations().stream()
            .map(Conversation::view)
            .filter(view -> view.newest() != null)
            .sorted(Comparator.comparing((ConversationView view) -> view.newest().cadastro()).reversed())
            .limit(ULTIMAS_LIMIT)
            .map(view -> rows.newestMessageRow(call.profile(), view, view.newest(), call.now(), true))
            .toList();
        return Answer.of(data);
    }

    /** The messages of the open site-chat conversations, by message Autonumeracao, rows Inicio..Termino. */
    private Answer obterNovasMensagensChatSite(Call call) {
        Page page = Page.of(call);
        List<Row> data = new ArrayList<>();
        call.company().openConversations().stream()
            .filter(conversation -> conversation.view().plataforma() == Channels.SITE_CHAT)
            .flatMap(conversation -> {
                ConversationView view = conversation.view();
                return conversation.messages().stream().map(message -> Map.entry(view, message));
            })
            .sorted(Comparator.comparingInt(entry -> entry.getValue().autonumeracao()))
            .skip(page.first() - 1)
            .limit(page.size())
            .forEach(entry -> data.add(rows.messageRow(call.profile(), entry.getKey(), entry.getValue(), call.now(),
                    MessageRowFactory.MessageList.SSE)));
        return Answer.of(data);
    }

    /** Rows Inicio..Termino, 1-based inclusive; without them, every row. */
    private record Page(long first, long last) {

        static Page of(Call call) {
            Integer inicio = call.integer("Inicio");
            Integer termino = call.integer("Termino");
            long first = inicio == null ? 1 : inicio;
            if (first < 1) {
                throw new OperationException("Inicio inválido: as linhas começam em 1");
            }
            long last = termino == null ? Long.MAX_VALUE : termino;
            return new Page(first, last);
        }

        long size() {
            return Math.max(0, last - first + 1);
        }
    }
}
