package com.respondo.admin;

import java.time.Duration;
import java.util.UUID;

import com.respondo.ledger.LedgerAction;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.NewAction;
import com.respondo.ledger.ReplyLedger;
import com.respondo.sandbox.Sandbox;
import com.respondo.sandbox.SandboxCompany;
import com.respondo.sandbox.SeededConversation;

/**
 * Conversations of a sandbox company that Respondo handed off, as the reply step leaves them: the hand-off text in
 * the conversation, written by the bot, and a HANDOFF sent in the ledger for the customer's question.
 */
final class HandedOffConversations {

    private static final String HANDOFF_TEXT = "Vou chamar uma pessoa da nossa equipe para ajudar.";

    private final Sandbox sandbox;

    private final ReplyLedger ledger;

    private final String tenant;

    private final SandboxCompany company;

    HandedOffConversations(Sandbox sandbox, ReplyLedger ledger, String tenant) {
        this.sandbox = sandbox;
        this.ledger = ledger;
        this.tenant = tenant;
        this.company = sandbox.company(tenant);
    }

    /** A customer asks, Respondo hands off; the conversation stays open. Answers the conversation. */
    SeededConversation handedOff(String question) {
        SeededConversation asked = sandbox.openConversation(company.empresa(), "Marina Costa", 1,
                Duration.ofMinutes(5), question);
        LedgerEntry handoff = ledger.claim(NewAction.of(tenant, asked.atendimento().toString(),
                asked.mensagem().toString(), "ai-reply", LedgerAction.HANDOFF).withText(HANDOFF_TEXT)).entry();
        sandbox.attendantWrites(asked.atendimento(), company.bot(), HANDOFF_TEXT, Duration.ofMinutes(4));
        ledger.markSent(handoff);
        return asked;
    }

    /** As {@link #handedOff}, then a person answers and closes the conversation. Answers its id. */
    String answeredAndClosed(String question, String answer) {
        SeededConversation asked = handedOff(question);
        sandbox.attendantWrites(asked.atendimento(), human(), answer, Duration.ofMinutes(2));
        sandbox.attendantCloses(asked.atendimento(), human());
        return asked.atendimento().toString();
    }

    /** The company's first human attendant. */
    UUID human() {
        return company.humans().get(0).id();
    }
}
