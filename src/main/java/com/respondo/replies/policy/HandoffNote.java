package com.respondo.replies.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.PtBr;
import com.respondo.conversation.UntrustedText;

/**
 * The dossier a hand-off leaves in the conversation's observations ({@code ObservacoesAdicionais}) for the person who
 * takes it over: why it was handed off, a two-line summary, what the customer still waits for, the data the customer
 * gave and the customer's previous conversations. Built from the conversation alone (no LLM call), in pt-BR, each
 * line bounded. Its first line is a tag naming the customer message answered, so that a note already written (by a
 * run that crashed before the forward) is recognised and not written twice.
 */
public final class HandoffNote {

    /** How every note Respondo writes in a conversation's observations starts. */
    public static final String TAG = "[Respondo]";

    /** How far back the customer's previous conversations are listed. */
    public static final int PAST_DAYS = 90;

    private static final int LINE = 160;

    private static final int SUBJECT = 60;

    private static final int MAX_SUBJECTS = 5;

    private HandoffNote() {
    }

    /**
     * The customer's earlier conversation, as TempBox lists it.
     *
     * @param at when it was opened, or null when TempBox's date could not be read
     * @param subject its newest message, as the list shows it, possibly empty
     */
    public record Past(@Nullable Instant at, String subject) {

        public Past {
            subject = subject == null ? "" : subject;
        }
    }

    /** The tag line of the note answering the message: "[Respondo] Transferência (mensagem 0f3c…)". */
    public static String tagLine(String messageId) {
        return TAG + " Transferência para atendimento humano (mensagem " + messageId + ")";
    }

    /** Whether the observations already hold the note answering the message. */
    public static boolean writtenIn(@Nullable String observations, String messageId) {
        return observations != null && observations.contains(tagLine(messageId));
    }

    /** The observations with the note appended after what is there (a person's text is kept as it is). */
    public static String appendedTo(@Nullable String observations, String note) {
        if (observations == null || observations.isBlank()) {
            return note;
        }
        return observations.stripTrailing() + "\n\n" + note;
    }

    /**
     * The note for a hand-off of the conversation answering the message.
     *
     * @param reason why it is handed off (the decision's reason)
     * @param past the customer's previous conversations within {@link #PAST_DAYS} days, or empty when they could
     *     not be read
     */
    public static String write(Conversation conversation, String messageId, String reason, Optional<List<Past>> past,
            String botAttendantId, ZoneId zone) {
        Objects.requireNonNull(reason, "reason");
        List<String> lines = new ArrayList<>();
        lines.add(tagLine(messageId));
        lines.add("Motivo: " + line(reason));
        lines.add("Resumo: " + opening(conversation, zone));
        lines.add("        " + lastBotAnswer(conversation, botAttendantId));
        lines.add("Aguarda: " + waitsFor(conversation));
        lines.add("Dados informados: " + line(CustomerFacts.of(conversation.messages()).describe()));
        lines.add("Atendimentos anteriores (" + PAST_DAYS + " dias): " + past.map(HandoffNote::describe)
            .orElse("não foi possível consultar"));
        return String.join("\n", lines);
    }

    private static String opening(Conversation conversation, ZoneId zone) {
        List<Message> customer = conversation.customerMessages();
        if (customer.isEmpty()) {
            return "o cliente ainda não escreveu.";
        }
        String who = conversation.customerName() == null || conversation.customerName().isBlank() ? "O cliente"
                : line(conversation.customerName());
        Message first = customer.get(0);
        return who + " escreveu " + customer.size() + (customer.size() == 1 ? " mensagem" : " mensagens")
                + " desde " + PtBr.slot(first.at(), zone) + "; começou com \"" + quote(first.text()) + "\".";
    }

    private static String lastBotAnswer(Conversation conversation, String botAttendantId) {
        List<Message> messages = conversation.messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).writtenBy(botAttendantId)) {
                return "Última resposta do bot: \"" + quote(messages.get(i).text()) + "\".";
            }
        }
        return "O bot ainda não tinha respondido.";
    }

    private static String waitsFor(Conversation conversation) {
        List<Message> waiting = conversation.burst();
        if (waiting.isEmpty()) {
            List<Message> customer = conversation.customerMessages();
            waiting = customer.isEmpty() ? List.of() : customer.subList(customer.size() - 1, customer.size());
        }
        if (waiting.isEmpty()) {
            return "nada informado.";
        }
        List<String> texts = waiting.stream().map(Message::text).map(UntrustedText::oneLine)
            .filter(text -> !text.isBlank()).toList();
        return texts.isEmpty() ? "nada informado." : "resposta a \"" + quote(String.join(" / ", texts)) + "\"";
    }

    private static String describe(List<Past> past) {
        if (past.isEmpty()) {
            return "nenhum";
        }
        List<String> subjects = past.stream()
            .limit(MAX_SUBJECTS)
            .map(one -> "\"" + UntrustedText.truncate(UntrustedText.oneLine(one.subject()), SUBJECT, "…") + "\"")
            .toList();
        String more = past.size() > MAX_SUBJECTS ? "; e mais " + (past.size() - MAX_SUBJECTS) : "";
        return past.size() + ": " + String.join("; ", subjects) + more;
    }

    private static String quote(String text) {
        return UntrustedText.truncate(UntrustedText.oneLine(text), LINE - 40, "…").replace('"', '\'');
    }

    private static String line(String text) {
        return UntrustedText.truncate(UntrustedText.oneLine(text), LINE, "…");
    }
}
