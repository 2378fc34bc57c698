package com.respondo.replies.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class TurnAnswersTests {

    private static final Instant NOW = Instant.parse("2026-12-07T13:00:00Z");

    private static final String BOT = "b0b0b0b0-0000-0000-0000-000000000001";

    private final MutableClock clock = new MutableClock(NOW);

    private final TurnAnswers answers = new TurnAnswers(clock, Duration.ofMinutes(5), 2);

    private static final AiDecision ANSWER = new AiDecision(AiAction.REPLY, "O vale-presente vale por 12 meses.", 0.9,
            "fonte", null, null, List.of(), 0, 0.8);

    private static final PromptedPlanner.Prompt PROMPT = PromptedPlanner.Prompt.of(Map.of("history", "..."),
            CannedMenu.empty());

    @Test
    void givesTheAnswerOnceForTheCustomerMessageItAnswered() {
        Conversation turn = conversation("m1", customer("m1", "Vocês vendem vale-presente?"));
        answers.keep(turn, new PromptedPlanner.Answered<>(PROMPT, ANSWER));

        assertThat(answers.take(turn)).get().satisfies(answered -> {
            assertThat(answered.answer()).isEqualTo(ANSWER);
            assertThat(answered.prompt()).isSameAs(PROMPT);
        });
        assertThat(answers.take(turn)).as("given out once").isEmpty();
    }

    @Test
    void givesNothingOnceTheCustomerWroteAgainOrAnAttendantAnswered() {
        Conversation turn = conversation("m1", customer("m1", "Vocês vendem vale-presente?"));
        answers.keep(turn, new PromptedPlanner.Answered<>(PROMPT, ANSWER));

        assertThat(answers.take(conversation("m1", customer("m1", "Vocês vendem vale-presente?"),
                customer("m2", "E cartão presente?")))).isEmpty();
        assertThat(answers.take(conversation("m1", customer("m1", "Vocês vendem vale-presente?"),
                new Message("a1", false, BOT, "Bot", "Olá!", NOW.plusSeconds(2))))).isEmpty();
    }

    @Test
    void givesNothingOlderThanTheMaxAgeNorBeyondTheCapacity() {
        Conversation first = conversation("c1", customer("m1", "Oi, tem vale-presente?"));
        answers.keep(first, new PromptedPlanner.Answered<>(PROMPT, ANSWER));
        clock.advance(Duration.ofMinutes(6));
        assertThat(answers.take(first)).isEmpty();

        for (String id : List.of("c2", "c3", "c4")) {
            answers.keep(conversation(id, customer("m-" + id, "Pergunta")), new PromptedPlanner.Answered<>(PROMPT,
                    ANSWER));
        }
        assertThat(answers.size()).isEqualTo(2);
        assertThat(answers.take(conversation("c2", customer("m-c2", "Pergunta")))).as("the oldest dropped").isEmpty();
        assertThat(answers.take(conversation("c4", customer("m-c4", "Pergunta")))).isPresent();
    }

    private static Message customer(String id, String text) {
        return new Message(id, true, null, "Ana", text, NOW.minusSeconds(30));
    }

    private static Conversation conversation(String id, Message... messages) {
        return new Conversation("loja-aurora", id, "hash-" + id, BOT, false, 1, "Ana", new ArrayList<>(List.of(messages)));
    }
}
