package com.respondo.replies;

import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.BOT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
