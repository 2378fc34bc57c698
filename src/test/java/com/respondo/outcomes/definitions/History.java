package com.respondo.outcomes.definitions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Message;
import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerStatus;

/** Crafts a conversation's history for the definitions' tests: messages and ledger entries at minutes from T0. */
final class History {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    static final String BOT = "00000000-0000-0000-0000-0000000000b0";
    static final String PERSON = "00000000-0000-0000-0000-0000000000a1";

    private final String atendimento;
    private final List<Message> messages = new ArrayList<>();
    private final List<LedgerEntry> entries = new ArrayList<>();
    private boolean closed;
    private @Nullable Instant termino;

    private History(String atendimento) {
        this.atendimento = atendimento;
    }

    static History conversation(String atendimento) {
        return new History(atendimento);
    }

    static History conversation() {
        return new History("c-1");
    }

    static Instant at(Duration offset) {
        return T0.plus(offset);
    }

    static Instant minute(long minutes) {
        return T0.plusSeconds(minutes * 60);
    }

    History customer(long minute, String text) {
        messages.add(Message.fromCustomer("m" + messages.size(), "Cliente", text, minute(minute)));
        return this;
    }

    History customerAt(Instant at, String text) {
        messages.add(Message.fromCustomer("m" + messages.size(), "Cliente", text, at));
        return this;
    }

    History bot(long minute, String text) {
        messages.add(Message.fromAttendant("m" + messages.size(), BOT, "Bot", text, minute(minute)));
        return this;
    }

    History person(long minute, String text) {
        messages.add(Message.fromAttendant("m" + messages.size(), PERSON, "Pessoa", text, minute(minute)));
        return this;
    }

    /** Respondo sent an action at that minute (status SENT), with that basis and reason. */
    History sent(long minute, LedgerAction action, String basis, String reason) {
        return entry(minute, action, LedgerStatus.SENT, Map.of("basis", basis, "reason", reason));
    }

    History sent(long minute, LedgerAction action) {
        return sent(minute, action, "LLM", "");
    }

    /** Respondo sent an action at that instant. */
    History entryAt(Instant at, LedgerAction action) {
        return entry(at, action, LedgerStatus.SENT, Map.of("basis", "LLM", "reason", ""));
    }

    History entry(long minute, LedgerAction action, LedgerStatus status, Map<String, Object> detail) {
        return entry(minute(minute), action, status, detail);
    }

    private History entry(Instant at, LedgerAction action, LedgerStatus status, Map<String, Object> detail) {
        entries.add(new LedgerEntry(entries.size() + 1, "loja-aurora", atendimento, "m" + entries.size(), "ai-reply",
                action, status, "texto", new LinkedHashMap<>(detail), 1, null, null, null, at, at,
                status == LedgerStatus.SENT ? at : null, 1, null));
        return this;
    }

    /** TempBox shows it closed, at that minute (null: no TerminoAtendimento). */
    History closedInTempBox(@Nullable Long minute) {
        closed = true;
        termino = minute == null ? null : minute(minute);
        return this;
    }

    List<LedgerEntry> entries() {
        return entries;
    }

    ConversationHistory build() {
        return new ConversationHistory(atendimento, BOT, messages, closed, termino, entries);
    }
}
