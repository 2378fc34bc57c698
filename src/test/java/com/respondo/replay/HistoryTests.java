package com.respondo.replay;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;

import static org.assertj.core.api.Assertions.assertThat;

/** Past conversations cut into customer turns, each with who answered it and the conversation as it stood. */
class HistoryTests {

    private static final String BOT = "bot-id";

    private static final String HUMAN = "human-id";

    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void eachBurstIsOneTurnAnsweredByWhoeverWroteNext() {
        Conversation conversation = conversation(
                Message.fromCustomer("m1", "Maria", "oi", T0),
                Message.fromCustomer("m2", "Maria", "qual o prazo?", T0.plusSeconds(10)),
                Message.fromAttendant("m3", BOT, "Bot", "2 a 5 dias úteis", T0.plusSeconds(60)),
                Message.fromCustomer("m4", "Maria", "quero um atendente", T0.plusSeconds(120)),
                Message.fromAttendant("m5", HUMAN, "Mariana", "Oi, sou a Mariana", T0.plusSeconds(300)),
                Message.fromCustomer("m6", "Maria", "obrigada", T0.plusSeconds(400)));

        List<History.Turn> turns = History.turns(conversation, BOT, T0, T0.plusSeconds(3600));

        assertThat(turns).extracting(turn -> turn.newest().id()).containsExactly("m2", "m4", "m6");
        assertThat(turns).extracting(History.Turn::customer).containsExactly("oi\nqual o prazo?",
                "quero um atendente", "obrigada");
        assertThat(turns).extracting(History.Turn::actual).containsExactly("bot", "human", "nobody");
        assertThat(turns).extracting(History.Turn::actualText).containsExactly("2 a 5 dias úteis",
                "Oi, sou a Mariana", null);
        assertThat(turns).extracting(turn -> turn.before().ownerId()).containsExactly(null, BOT, HUMAN);
        assertThat(turns.get(1).before().messages()).hasSize(4);
    }

    @Test
    void onlyTurnsCompletedWithinThePeriodAreReplayed() {
        Conversation conversation = conversation(
                Message.fromCustomer("m1", "Maria", "oi", T0),
                Message.fromAttendant("m2", BOT, "Bot", "Olá!", T0.plusSeconds(60)),
                Message.fromCustomer("m3", "Maria", "aceitam pix?", T0.plusSeconds(7200)));

        assertThat(History.turns(conversation, BOT, T0.plusSeconds(3600), T0.plusSeconds(10_000)))
            .extracting(turn -> turn.newest().id()).containsExactly("m3");
        assertThat(History.turns(conversation, BOT, T0, T0.plusSeconds(3600)))
            .extracting(turn -> turn.newest().id()).containsExactly("m1");
    }

    @Test
    void verdictsCompareRespondosActionWithWhoAnswered() {
        assertThat(Verdict.of("SEND_REPLY", "bot")).isEqualTo(Verdict.AGREE_ANSWERED);
        assertThat(Verdict.of("HANDOFF", "human")).isEqualTo(Verdict.AGREE_HANDOFF);
        assertThat(Verdict.of("NONE", "human")).isEqualTo(Verdict.AGREE_LEFT_TO_HUMAN);
        assertThat(Verdict.of("DEFER", "nobody")).isEqualTo(Verdict.AGREE_SILENT);
        assertThat(Verdict.of("SEND_CANNED", "human")).isEqualTo(Verdict.ANSWERS_WHAT_A_HUMAN_ANSWERED);
        assertThat(Verdict.of("HANDOFF", "bot")).isEqualTo(Verdict.HANDS_OFF_WHAT_THE_BOT_ANSWERED);
        assertThat(Verdict.of("CLOSE", "nobody")).isEqualTo(Verdict.ACTS_WHERE_NOBODY_DID);
        assertThat(Verdict.of("NONE", "bot")).isEqualTo(Verdict.SILENT_WHERE_ANSWERED);
    }

    private static Conversation conversation(Message... messages) {
        return new Conversation("loja-aurora", "atd-1", "hash-1", null, false, 1, "Maria", List.of(messages));
    }
}
