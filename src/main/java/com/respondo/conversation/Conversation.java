package com.respondo.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The view of one TempBox conversation (Atendimento) that every reply decision reads: who owns it, whether it is
 * closed, its channel and its messages, oldest first.
 *
 * @param tenantId the tenant (company) it belongs to
 * @param atendimentoId the conversation id ({@code Atendimento})
 * @param hash the conversation's other GUID ({@code Hash}), taken by Consultar, Salvar and Excluir
 * @param ownerId the owner attendant ({@code Atendente} / {@code AtendenteResponsavel}) or null
 * @param closed whether it is closed ({@code Concluido})
 * @param plataforma the channel code ({@code Plataforma}), passed through unchanged, or null
 * @param customerName the customer's display name ({@code SolicitanteTitulo}) or null
 * @param messages the messages, oldest first (re-sorted by time, stable, so equal times keep TempBox's order)
 * @param protocol the conversation's protocol number as TempBox numbers it ({@code AutonumeracaoEmpresa}), or null
 */
public record Conversation(String tenantId, String atendimentoId, String hash, @Nullable String ownerId, boolean closed,
        @Nullable Integer plataforma, @Nullable String customerName, List<Message> messages,
        @Nullable String protocol) {

    public Conversation {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(atendimentoId, "atendimentoId");
        Objects.requireNonNull(hash, "hash");
        List<Message> sorted = new ArrayList<>(messages);
        sorted.sort(Comparator.comparing(Message::at));
        messages = List.copyOf(sorted);
    }

    /** A conversation whose protocol number was not read. */
    public Conversation(String tenantId, String atendimentoId, String hash, @Nullable String ownerId, boolean closed,
            @Nullable Integer plataforma, @Nullable String customerName, List<Message> messages) {
        this(tenantId, atendimentoId, hash, ownerId, closed, plataforma, customerName, messages, null);
    }

    /** The same conversation with another owner (as a step sees it once the bot started it), all else kept. */
    public Conversation withOwner(@Nullable String owner) {
        return new Conversation(tenantId, atendimentoId, hash, owner, closed, plataforma, customerName, messages,
                protocol);
    }

    /** The newest message, if any. */
    public Optional<Message> newestMessage() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
    }

    /** The summary the waiting rule reads, empty for a conversation without messages. */
    public Optional<ConversationSummary> summary() {
        return newestMessage().map(newest -> new ConversationSummary(atendimentoId, ownerId, closed, newest.id(),
                newest.fromCustomer(), newest.at()));
    }

    /**
     * The customer's messages since the last attendant message (any attendant: an answer is an answer), oldest
     * first; empty when an attendant wrote last. One answer reads the whole burst.
     */
    public List<Message> burst() {
        int start = messages.size();
        while (start > 0 && messages.get(start - 1).fromCustomer()) {
            start--;
        }
        return messages.subList(start, messages.size());
    }

    /** Whether the given attendant owns the conversation. */
    public boolean ownedBy(String attendantId) {
        return Ids.same(ownerId, attendantId);
    }

    /**
     * The newest message of a human attendant written after the bot's last message (or at any time when the bot never
     * wrote), if any: a person is present, whether or not anyone took the conversation.
     */
    public Optional<Message> humanSinceBot(String botAttendantId) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Message message = messages.get(i);
            if (message.writtenBy(botAttendantId)) {
                return Optional.empty();
            }
            if (message.writtenByHuman(botAttendantId)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** Whether a human attendant ever wrote in the conversation or owns it: a person has joined it. */
    public boolean humanJoined(String botAttendantId) {
        boolean ownedByHuman = ownerId != null && !ownerId.isBlank() && !ownedBy(botAttendantId);
        return ownedByHuman || messages.stream().anyMatch(message -> message.writtenByHuman(botAttendantId));
    }

    /** The customer's messages, oldest first. */
    public List<Message> customerMessages() {
        return messages.stream().filter(Message::fromCustomer).toList();
    }
}
