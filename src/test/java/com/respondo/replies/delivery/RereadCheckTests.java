package com.respondo.replies.delivery;

import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.BOT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.replies.Fixtures;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.AgendaSlot;

class RereadCheckTests {

    @Test
    void decisionStillAppliesWhenNothingChanged() {
        Conversation current = Fixtures.conversation().customer("oi", 2).build();

        assertThat(RereadCheck.abandonReason(current, "m1", BOT)).isEmpty();
        assertThat(RereadCheck.abandonReason(Fixtures.conversation().owner(null).customer("oi", 2).build(), "m1",
                BOT)).isEmpty();
    }

    @Test
    void abandonsWhenClosedTakenByAHumanAnsweredOrANewerMessageArrived() {
        assertThat(RereadCheck.abandonReason(Fixtures.conversation().closed().customer("oi", 2).build(), "m1", BOT))
                .contains("conversation closed");
        assertThat(RereadCheck.abandonReason(Fixtures.conversation().owner(ANA).customer("oi", 2).build(), "m1",
                BOT)).contains("a human attendant took the conversation");
        assertThat(RereadCheck.abandonReason(Fixtures.conversation().customer("oi", 2).human("Olá", 1).build(), "m1",
                BOT)).contains("an attendant answered");
        assertThat(RereadCheck.abandonReason(Fixtures.conversation().customer("oi", 2).customer("?", 1).build(), "m1",
                BOT)).contains("a newer customer message arrived");
        assertThat(RereadCheck.abandonReason(Fixtures.conversation().build(), "m1", BOT))
                .contains("conversation has no messages");
    }

    @Test
    void leavesTheEffectAfterTheTextUndoneWhenAPersonIsThereOrTheConversationClosed() {
        Action close = new Action.Close("Até logo!");
        Action schedule = new Action.Schedule("Agendado!", new AgendaSlot(Fixtures.NOW, ANA), "Lembrete");
        Conversation unchanged = Fixtures.conversation().customer("tchau", 3).bot("Até logo!", 1).build();
        Conversation humanWrote = Fixtures.conversation().customer("tchau", 3).bot("Até logo!", 2).human("Oi", 1)
            .build();
        Conversation humanEarlier = Fixtures.conversation().human("Oi", 9).customer("quero agendar", 3)
            .bot("Agendado!", 1).build();

        assertThat(RereadCheck.laterEffectAbandonReason(unchanged, close, BOT)).isEmpty();
        assertThat(RereadCheck.laterEffectAbandonReason(humanWrote, close, BOT))
                .contains("a human attendant wrote in the conversation");
        assertThat(RereadCheck.laterEffectAbandonReason(Fixtures.conversation().owner(ANA).bot("Até logo!", 1)
                .build(), close, BOT)).contains("a human attendant took the conversation");
        assertThat(RereadCheck.laterEffectAbandonReason(Fixtures.conversation().closed().bot("Até logo!", 1).build(),
                close, BOT)).contains("conversation closed");
        assertThat(RereadCheck.laterEffectAbandonReason(humanEarlier, close, BOT)).isEmpty();
        assertThat(RereadCheck.laterEffectAbandonReason(humanEarlier, schedule, BOT))
                .contains("a human attendant joined the conversation");
    }

    @Test
    void findsOurTextAfterTheCustomerMessageDespiteSpacingAndCase() {
        Conversation current = Fixtures.conversation().customer("oi", 3).bot("Olá,  Maria!\nComo posso ajudar?", 2)
                .build();

        assertThat(RereadCheck.alreadySent(current, "m1", "Olá, Maria! Como posso ajudar?", BOT)).isTrue();
        assertThat(RereadCheck.alreadySent(current, "m1", "Outro texto", BOT)).isFalse();
    }

    @Test
    void ignoresOurTextBeforeTheCustomerMessageOrWrittenBySomeoneElse() {
        Conversation before = Fixtures.conversation().bot("Olá!", 3).customer("oi", 2).build();
        Conversation byAna = Fixtures.conversation().customer("oi", 3).human("Olá!", 2).build();

        assertThat(RereadCheck.alreadySent(before, "m2", "Olá!", BOT)).isFalse();
        assertThat(RereadCheck.alreadySent(byAna, "m1", "Olá!", BOT)).isFalse();
    }
}
