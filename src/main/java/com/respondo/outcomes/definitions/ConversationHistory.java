package com.respondo.outcomes.definitions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Message;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;

/**
 * One conversation as the outcomes read it: its messages and state as TempBox returns them
 * ({@code ListarMensagensAtendimento}, {@code Consultar}, {@code ListarRecentes}) and what the reply ledger recorded
 * about it.
 *
 * @param atendimento the conversation id
 * @param botAttendantId the tenant's bot attendant
 * @param messages its messages, oldest first
 * @param closedInTempBox whether TempBox shows it closed ({@code Concluido}) now
 * @param terminoAtendimento when TempBox says it was closed, if it says
 * @param entries the ledger's entries about it, oldest first
 */
public record ConversationHistory(String atendimento, String botAttendantId, List<Message> messages,
        boolean closedInTempBox, @Nullable Instant terminoAtendimento, List<LedgerEntry> entries) {

    public ConversationHistory {
        Objects.requireNonNull(atendimento, "atendimento");
        Objects.requireNonNull(botAttendantId, "botAttendantId");
        messages = messages.stream().sorted(Comparator.comparing(Message::at)).toList();
        entries = List.copyOf(entries);
    }

    /**
     * When it was first closed: the earliest of the closes Respondo sent (its ledger CLOSE entries, SENT) and
     * TempBox's {@code TerminoAtendimento}; when TempBox shows it closed with no time, its newest message's; empty
     * when it was never closed.
     */
    public Optional<Instant> firstClose() {
        Stream<Instant> sent = sent(LedgerAction.CLOSE).map(ConversationHistory::sentAt);
        Stream<Instant> termino = closedInTempBox || terminoAtendimento != null
                ? Stream.ofNullable(terminoAtendimento) : Stream.empty();
        Optional<Instant> first = Stream.concat(sent, termino).min(Comparator.naturalOrder());
        if (first.isEmpty() && closedInTempBox) {
            return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1).at());
        }
        return first;
    }

    /** When Respondo first handed it to a person (its first HANDOFF sent). */
    public Optional<Instant> firstHandoff() {
        return sent(LedgerAction.HANDOFF).map(ConversationHistory::sentAt).min(Comparator.naturalOrder());
    }

    /**
     * The messages a person wrote: a human attendant's, except the follow-ups Respondo scheduled (TempBox sends them
     * later in the name of the slot's attendant, who may be a person).
     */
    public List<Message> personMessages() {
        Set<String> followUps = sent(LedgerAction.SCHEDULE)
            .map(entry -> entry.detail().get("followUp"))
            .filter(String.class::isInstance)
            .map(text -> ((String) text).strip())
            .collect(Collectors.toSet());
        return messages.stream()
            .filter(message -> message.writtenByHuman(botAttendantId))
            .filter(message -> !followUps.contains(message.text().strip()))
            .toList();
    }

    /** The first person's message or hand-off, whichever came first: when a person was first needed. */
    public Optional<Instant> firstPersonNeeded() {
        Optional<Instant> person = personMessages().stream().map(Message::at).findFirst();
        return Stream.concat(person.stream(), firstHandoff().stream()).min(Comparator.naturalOrder());
    }

    /** The customer's messages, oldest first. */
    public List<Message> customerMessages() {
        return messages.stream().filter(Message::fromCustomer).toList();
    }

    /**
     * The customer's messages written after a moment, oldest first. TempBox gives times to the second at best while
     * the ledger's are finer: a message in the same second counts when it comes after every attendant message of that
     * moment or before (the farewell, when the bot closed), so that the order TempBox gives decides.
     */
    public List<Message> customerMessagesAfter(Instant moment) {
        Instant second = moment.truncatedTo(ChronoUnit.SECONDS);
        int lastAttendant = -1;
        for (int i = 0; i < messages.size(); i++) {
            if (!messages.get(i).fromCustomer() && !messages.get(i).at().isAfter(moment)) {
                lastAttendant = i;
            }
        }
        List<Message> after = new ArrayList<>();
        for (int i = lastAttendant + 1; i < messages.size(); i++) {
            Message message = messages.get(i);
            if (message.fromCustomer() && !message.at().isBefore(second)) {
                after.add(message);
            }
        }
        return after;
    }

    /** The newest message's time, if any. */
    public Optional<Instant> lastActivity() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1).at());
    }

    private Stream<LedgerEntry> sent(LedgerAction action) {
        return entries.stream().filter(entry -> entry.action() == action && entry.status() == LedgerStatus.SENT);
    }

    private static Instant sentAt(LedgerEntry entry) {
        return entry.sentAt() != null ? entry.sentAt() : entry.updatedAt();
    }
}
