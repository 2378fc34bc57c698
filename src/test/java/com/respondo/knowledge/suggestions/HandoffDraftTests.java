package com.respondo.knowledge.suggestions;

import java.time.Instant;
import java.util.List;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandoffDraftTests {

    private static final String BOT = "b0000000-0000-0000-0000-000000000001";

    private static final String PERSON = "a0000000-0000-0000-0000-000000000002";

    private static final Instant T = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void theQuestionIsTheCustomersPendingMessagesAndTheAnswerWhatPeopleWroteAfterTheHandoff() {
        Conversation closed = conversation(true,
                Message.fromCustomer("m1", "Ana", "Oi", T),
                Message.fromAttendant("m2", BOT, "Bot", "Olá! Como posso ajudar?", T.plusSeconds(1)),
                Message.fromCustomer("m3", "Ana", "Quero trocar um tênis.", T.plusSeconds(2)),
                Message.fromCustomer("m4", "Ana", "Meu telefone é (11) 98765-4321", T.plusSeconds(3)),
                Message.fromAttendant("m5", BOT, "Bot", "Vou chamar uma pessoa.", T.plusSeconds(4)),
                Message.fromAttendant("m6", PERSON, "Joana", "Pode trocar em 30 dias.", T.plusSeconds(5)),
                Message.fromCustomer("m7", "Ana", "Obrigada!", T.plusSeconds(6)),
                Message.fromAttendant("m8", PERSON, "Joana", "Com a nota fiscal.", T.plusSeconds(7)));

        assertThat(HandoffDraft.of(closed, "M4", BOT)).contains(new HandoffDraft(
                "Quero trocar um tênis.\nMeu telefone é [TELEFONE]", "Pode trocar em 30 dias.\nCom a nota fiscal."));
    }

    @Test
    void nothingWhileOpenWithoutAPersonsAnswerOrWhenTheHandedOffMessageIsNotThere() {
        Message question = Message.fromCustomer("m1", "Ana", "Vocês abrem domingo?", T);
        Message person = Message.fromAttendant("m2", PERSON, "Joana", "Não abrimos.", T.plusSeconds(1));
        Message bot = Message.fromAttendant("m3", BOT, "Bot", "Algo mais?", T.plusSeconds(2));

        assertThat(HandoffDraft.of(conversation(false, question, person), "m1", BOT)).isEmpty();
        assertThat(HandoffDraft.of(conversation(true, question, bot), "m1", BOT)).isEmpty();
        assertThat(HandoffDraft.of(conversation(true, question, person), "other", BOT)).isEmpty();
    }

    private static Conversation conversation(boolean closed, Message... messages) {
        return new Conversation("loja-aurora", "c1", "h1", PERSON, closed, 1, "Ana", List.of(messages));
    }
}
