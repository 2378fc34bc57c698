package com.respondo.replies.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Channel;
import com.respondo.conversation.Conversation;
import com.respondo.replies.Fixtures;

import static com.respondo.replies.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The follow-up rules of silent customers, on the fixed clock (a Friday at 14:05 in São Paulo, open 08:00-18:00). */
class FollowUpPolicyTests {

    private static final FollowUpSettings SETTINGS = new FollowUpSettings(true, Duration.ofHours(2),
            Duration.ofHours(22), null, null);

    private final OutgoingTextCheck check = OutgoingTextCheck.forChannel(new Channel("WhatsApp", 4096));

    @Test
    void nudgeIsDueTwoHoursAfterTheBotsAnswerKeyedByIt() {
        Conversation silent = Fixtures.conversation().customer("Qual o prazo?", 125).bot("De 2 a 5 dias.", 121).build();

        assertThat(FollowUpPolicy.due(silent, Fixtures.tenant(), SETTINGS, Set.of(), NOW))
            .contains(new FollowUpPolicy.Due(FollowUpPolicy.Phase.NUDGE, "m2"));
        assertThat(FollowUpPolicy.due(silent, Fixtures.tenant(), SETTINGS, Set.of(), NOW.minusSeconds(120)))
            .as("silent for 1h59").isEmpty();
    }

    @Test
    void noNudgeOutsideBusinessHours() {
        Conversation silent = Fixtures.conversation().customer("Qual o prazo?", 125).bot("De 2 a 5 dias.", 121).build();
        Instant evening = NOW.plus(Duration.ofHours(4));   // 18:05

        assertThat(FollowUpPolicy.due(silent, Fixtures.tenant(), SETTINGS, Set.of(), evening)).isEmpty();
    }

    @Test
    void closeIsDueTwentyTwoHoursAfterTheNudgeKeyedByTheNudge() {
        Conversation nudged = Fixtures.conversation().customer("Qual o prazo?", 60 * 24 + 5)
            .bot("De 2 a 5 dias.", 60 * 24)
            .bot("Oi! Ficou alguma dúvida?", 60 * 22)
            .build();

        assertThat(FollowUpPolicy.due(nudged, Fixtures.tenant(), SETTINGS, Set.of("m2"), NOW))
            .contains(new FollowUpPolicy.Due(FollowUpPolicy.Phase.CLOSE, "m3"));
        assertThat(FollowUpPolicy.due(nudged, Fixtures.tenant(), SETTINGS, Set.of("m2"), NOW.minusSeconds(60)))
            .isEmpty();
    }

    @Test
    void nothingIsDueWhenTheCustomerWroteLastAPersonJoinedOrTheTenantIsOff() {
        Conversation answered = Fixtures.conversation().bot("Olá!", 300).customer("oi", 200).build();
        Conversation joined = Fixtures.conversation().customer("oi", 300).human("Oi, sou a Ana.", 250)
            .bot("Algo mais?", 200).build();
        Conversation humanOwned = Fixtures.conversation().owner(Fixtures.ANA).customer("oi", 300)
            .bot("Olá!", 200).build();
        Conversation silent = Fixtures.conversation().customer("oi", 300).bot("Olá!", 200).build();
        FollowUpSettings off = new FollowUpSettings(false, Duration.ofHours(2), Duration.ofHours(22), null, null);

        assertThat(FollowUpPolicy.due(answered, Fixtures.tenant(), SETTINGS, Set.of(), NOW)).isEmpty();
        assertThat(FollowUpPolicy.due(joined, Fixtures.tenant(), SETTINGS, Set.of(), NOW)).isEmpty();
        assertThat(FollowUpPolicy.due(humanOwned, Fixtures.tenant(), SETTINGS, Set.of(), NOW)).isEmpty();
        assertThat(FollowUpPolicy.due(silent, Fixtures.tenant(), off, Set.of(), NOW)).isEmpty();
        assertThat(FollowUpPolicy.due(silent, Fixtures.tenant(), SETTINGS, Set.of(), NOW)).isPresent();
    }

    @Test
    void theLlmsNudgeIsSentWhenItPassesTheChecks() {
        Decision decision = FollowUpPolicy.nudge(new FollowUpNudge("Oi, Maria! Ficou alguma dúvida?"), true, check,
                SETTINGS, "De 2 a 5 dias.");

        assertThat(decision.action()).isEqualTo(new Action.SendReply("Oi, Maria! Ficou alguma dúvida?"));
        assertThat(decision.basis()).isEqualTo(Decision.Basis.LLM);
    }

    @Test
    void theFixedNudgeIsSentWhenTheLlmIsDownItsAnswerIsUnusableFailsACheckOrRepeatsTheBot() {
        FollowUpSettings own = new FollowUpSettings(true, Duration.ofHours(2), Duration.ofHours(22),
                "Oi! Posso ajudar em algo mais?", "Até mais!");

        for (Decision decision : new Decision[] {
                FollowUpPolicy.nudge(null, false, check, own, null),
                FollowUpPolicy.nudge(null, true, check, own, null),
                FollowUpPolicy.nudge(new FollowUpNudge("Oi! Ficou alguma dúvida sobre o prazo de entrega?"), true,
                        OutgoingTextCheck.forChannel(new Channel("SMS", 30)), own, null),
                FollowUpPolicy.nudge(new FollowUpNudge("De 2 a 5 dias."), true, check, own, "De 2 a 5 dias.") }) {
            assertThat(decision.action()).isEqualTo(new Action.SendReply("Oi! Posso ajudar em algo mais?"));
            assertThat(decision.basis()).isEqualTo(Decision.Basis.FALLBACK);
        }
        assertThat(FollowUpPolicy.close(own).action()).isEqualTo(new Action.Close("Até mais!"));
        assertThat(Optional.of(FollowUpPolicy.nudge(null, false, check, SETTINGS, null).action()))
            .contains(new Action.SendReply(FollowUpSettings.NUDGE));
    }
}
